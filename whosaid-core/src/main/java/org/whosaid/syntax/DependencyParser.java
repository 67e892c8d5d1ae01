package org.whosaid.syntax;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Labelled dependency parser (Stanford basic dependencies): greedy arc-hybrid transitions chosen by
 * an averaged perceptron over hashed stack, buffer, child, distance and valency features, and a
 * second perceptron that labels each arc as it is made (three transition classes instead of one
 * per label keeps the weight rows short, which is most of the speed). Linear in the sentence length
 * and always returns a tree. Trained on CoreNLP's silver parses of PolNeAR by
 * {@link ParserTrainer}; takes the tags of {@link PosTagger}. Immutable and thread-safe; load the
 * shipped model once with {@link #bundled()}.
 */
public final class DependencyParser {

    static final String KIND = "dependency-parser";
    static final String ROOT_LABEL = "root";
    private static final String RESOURCE = "dependency-parser.bin";

    private final String[] tags;
    private final Map<String, Integer> tagIds;
    private final String[] labels;
    private final boolean[] verbal;
    private final WeightTable transitions;
    private final WeightTable labeller;

    DependencyParser(String[] tags, String[] labels, WeightTable transitions, WeightTable labeller) {
        if (transitions.numClasses() != ParseState.ACTIONS) {
            throw new IllegalArgumentException("transition table has " + transitions.numClasses() + " classes");
        }
        if (labeller.numClasses() != labels.length) {
            throw new IllegalArgumentException(labels.length + " labels but the label table has "
                    + labeller.numClasses() + " classes");
        }
        this.tags = tags.clone();
        this.labels = labels.clone();
        this.transitions = transitions;
        this.labeller = labeller;
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < tags.length; i++) {
            ids.put(tags[i], i + 1);
        }
        this.tagIds = Map.copyOf(ids);
        this.verbal = verbal(this.tags);
    }

    /** The parser trained on PolNeAR that ships with whosaid (loaded on each call: keep the result). */
    public static DependencyParser bundled() {
        try (InputStream in = DependencyParser.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled model " + RESOURCE + " is missing from the class path");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled model " + RESOURCE, e);
        }
    }

    public static DependencyParser read(InputStream in) throws IOException {
        DataInputStream data = ModelFormat.reader(in, KIND, ParseState.VERSION);
        String[] tags = ModelFormat.readStrings(data, 1000);
        String[] labels = ModelFormat.readStrings(data, 255);
        WeightTable transitions = WeightTable.read(data);
        WeightTable labeller = WeightTable.read(data);
        try {
            return new DependencyParser(tags, labels, transitions, labeller);
        } catch (IllegalArgumentException e) {
            throw new IOException("inconsistent " + KIND + " model: " + e.getMessage(), e);
        }
    }

    /** Writes the model in the format of {@code docs/MODELS.md}; equal models give equal bytes. */
    public void write(OutputStream out) throws IOException {
        DataOutputStream data = ModelFormat.writer(out, KIND, ParseState.VERSION);
        ModelFormat.writeStrings(data, tags);
        ModelFormat.writeStrings(data, labels);
        transitions.write(data);
        labeller.write(data);
        data.close();
    }

    /** The dependency labels the parser can assign besides {@code root}. */
    public List<String> labelSet() {
        return List.of(labels);
    }

    /** A copy with smaller weights dropped, for choosing the pruning thresholds. */
    DependencyParser pruned(float transitionThreshold, float labelThreshold) {
        return new DependencyParser(tags, labels, transitions.pruned(transitionThreshold),
                labeller.pruned(labelThreshold));
    }

    public int featureCount() {
        return transitions.features() + labeller.features();
    }

    /**
     * Parses one sentence given its words (raw or PTB-normalized forms) and their part-of-speech
     * tags, one per word (unknown tags are allowed and just carry no information).
     */
    public DependencyTree parse(List<String> words, List<String> posTags) {
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(posTags, "posTags");
        if (words.size() != posTags.size()) {
            throw new IllegalArgumentException(words.size() + " words but " + posTags.size() + " tags");
        }
        int[] t = new int[posTags.size()];
        for (int i = 0; i < t.length; i++) {
            Integer id = tagIds.get(posTags.get(i));
            t[i] = id == null ? 0 : id;
        }
        ParseState state = parse(TokenNormalizer.normalize(words), t);
        return tree(state);
    }

    /** Convenience for callers holding the tagger's array. */
    public DependencyTree parse(List<String> words, String[] posTags) {
        return parse(words, Arrays.asList(posTags));
    }

    DependencyTree tree(ParseState state) {
        String[] out = new String[state.n];
        int[] heads = new int[state.n];
        for (int i = 0; i < state.n; i++) {
            heads[i] = state.heads[i];
            out[i] = heads[i] < 0 ? ROOT_LABEL : labels[state.labels[i]];
        }
        return new DependencyTree(heads, out);
    }

    /** Per 1-based tag id, whether it is a verb or modal tag. */
    static boolean[] verbal(String[] tags) {
        boolean[] v = new boolean[tags.length + 1];
        for (int i = 0; i < tags.length; i++) {
            v[i + 1] = tags[i].startsWith("VB") || tags[i].equals("MD");
        }
        return v;
    }

    /** Greedy decoding; the state ends with one token on the stack, which is the root. */
    ParseState parse(String[] normalized, int[] tagIds) {
        ParseState state = new ParseState(normalized, tagIds, verbal);
        int[] feats = new int[ParseState.MAX_FEATURES];
        int[] scores = new int[ParseState.ACTIONS];
        int[] labelScores = new int[labels.length];
        while (!state.terminal()) {
            int nf = state.transitionFeatures(feats);
            Arrays.fill(scores, 0);
            for (int j = 0; j < nf; j++) {
                transitions.addTo(feats[j], scores);
            }
            int action = -1;
            for (int a = 0; a < ParseState.ACTIONS; a++) {
                if (state.legal(a) && (action < 0 || scores[a] > scores[action])) {
                    action = a;
                }
            }
            int label = -1;
            if (action != ParseState.SHIFT) {
                int nl = state.labelFeatures(state.headFor(action), state.s0(), feats);
                Arrays.fill(labelScores, 0);
                for (int j = 0; j < nl; j++) {
                    labeller.addTo(feats[j], labelScores);
                }
                label = 0;
                for (int c = 1; c < labelScores.length; c++) {
                    if (labelScores[c] > labelScores[label]) {
                        label = c;
                    }
                }
            }
            state.apply(action, label);
        }
        return state;
    }
}
