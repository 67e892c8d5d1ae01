package org.whosaid.syntax;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Labelled dependency parser (Stanford basic dependencies): arc-hybrid transitions found by beam
 * search under a globally trained perceptron (rich non-local features after Zhang and Nivre 2011:
 * stack, buffer, child, distance, valency and label-set features), and a second perceptron that
 * labels each arc as it is made (three transition classes instead of one per label keeps the
 * weight rows short). The beam width is part of the model. Always returns a tree. Trained on
 * CoreNLP's silver parses of PolNeAR by {@link ParserTrainer}; takes the tags of {@link PosTagger}.
 * Immutable and thread-safe; load the shipped model once with {@link #bundled()}.
 */
public final class DependencyParser {

    static final String KIND = "dependency-parser";
    static final String ROOT_LABEL = "root";
    private static final String RESOURCE = "dependency-parser.bin";

    private final String[] tags;
    private final Map<String, Integer> tagIds;
    private final String[] labels;
    private final byte[] tagClasses;
    private final WeightTable transitions;
    private final WeightTable labeller;
    private final int beamWidth;

    DependencyParser(String[] tags, String[] labels, int beamWidth, WeightTable transitions, WeightTable labeller) {
        if (beamWidth < 1 || beamWidth > ParserTrainer.MAX_BEAM) {
            throw new IllegalArgumentException("beam width must be 1.." + ParserTrainer.MAX_BEAM + ", got " + beamWidth);
        }
        if (transitions.numClasses() != ParseState.ACTIONS) {
            throw new IllegalArgumentException("transition table has " + transitions.numClasses() + " classes");
        }
        if (labeller.numClasses() != labels.length) {
            throw new IllegalArgumentException(labels.length + " labels but the label table has "
                    + labeller.numClasses() + " classes");
        }
        this.tags = tags.clone();
        this.labels = labels.clone();
        this.beamWidth = beamWidth;
        this.transitions = transitions;
        this.labeller = labeller;
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < tags.length; i++) {
            ids.put(tags[i], i + 1);
        }
        this.tagIds = Map.copyOf(ids);
        this.tagClasses = ParseState.tagClasses(this.tags);
    }

    /** The parser trained on PolNeAR that ships with whosaid (loaded on each call: keep the result). */
    public static DependencyParser bundled() {
        return ModelFormat.bundled(DependencyParser.class, RESOURCE, DependencyParser::read);
    }

    public static DependencyParser read(InputStream in) throws IOException {
        DataInputStream data = ModelFormat.reader(in, KIND, ParseState.VERSION);
        String[] tags = ModelFormat.readStrings(data, 1000);
        String[] labels = ModelFormat.readStrings(data, 255);
        int beamWidth = data.readInt();
        WeightTable transitions = WeightTable.read(data);
        WeightTable labeller = WeightTable.read(data);
        try {
            return new DependencyParser(tags, labels, beamWidth, transitions, labeller);
        } catch (IllegalArgumentException e) {
            throw new IOException("inconsistent " + KIND + " model: " + e.getMessage(), e);
        }
    }

    /** Writes the model in the format of {@code docs/MODELS.md}; equal models give equal bytes. */
    public void write(OutputStream out) throws IOException {
        DataOutputStream data = ModelFormat.writer(out, KIND, ParseState.VERSION);
        ModelFormat.writeStrings(data, tags);
        ModelFormat.writeStrings(data, labels);
        data.writeInt(beamWidth);
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
        return new DependencyParser(tags, labels, beamWidth, transitions.pruned(transitionThreshold),
                labeller.pruned(labelThreshold));
    }

    /** The beam width the model was trained with and parses with. */
    public int beamWidth() {
        return beamWidth;
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
        int[] t = tagIds(posTags);
        return tree(parse(TokenNormalizer.normalize(words), t, t));
    }

    /** Convenience for callers holding the tagger's array. */
    public DependencyTree parse(List<String> words, String[] posTags) {
        return parse(words, Arrays.asList(posTags));
    }

    /**
     * Parses with the tagger's runner-up tags as well ({@link PosTagger#tagWithRunnersUp}), which is
     * how the parser was trained and parses best.
     */
    public DependencyTree parse(List<String> words, PosTagger.Tagging tagging) {
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(tagging, "tagging");
        List<String> best = Arrays.asList(tagging.tags());
        if (words.size() != best.size()) {
            throw new IllegalArgumentException(words.size() + " words but " + best.size() + " tags");
        }
        return tree(parse(TokenNormalizer.normalize(words), tagIds(best),
                tagIds(Arrays.asList(tagging.runnersUp()))));
    }

    private int[] tagIds(List<String> posTags) {
        int[] t = new int[posTags.size()];
        for (int i = 0; i < t.length; i++) {
            Integer id = tagIds.get(posTags.get(i));
            t[i] = id == null ? 0 : id;
        }
        return t;
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

    /** Beam decoding; the best final state has one token on the stack, which is the root. */
    ParseState parse(String[] normalized, int[] tagIds, int[] alternatives) {
        ParseState initial = new ParseState(normalized, tagIds, alternatives, tagClasses);
        return new BeamSearch(initial, beamWidth, scorer()).run();
    }

    /** The finished beam search over a sentence, for reading its final items (experiments). */
    BeamSearch search(List<String> words, String[] tags, String[] runnersUp) {
        ParseState initial = new ParseState(TokenNormalizer.normalize(words), tagIds(Arrays.asList(tags)),
                tagIds(Arrays.asList(runnersUp)), tagClasses);
        BeamSearch search = new BeamSearch(initial, beamWidth, scorer());
        search.run();
        return search;
    }

    /** A scorer over this model's tables (not thread-safe: one per parse). */
    BeamSearch.Scorer scorer() {
        return new TableScorer();
    }

    /** Scores with the quantized tables; one per parse, for its scratch arrays. */
    private final class TableScorer implements BeamSearch.Scorer {
        private final int[] scores = new int[ParseState.ACTIONS];
        private final int[] labelScores = new int[labels.length];

        @Override
        public void transitions(int[] feats, int count, float[] out) {
            Arrays.fill(scores, 0);
            for (int j = 0; j < count; j++) {
                transitions.addTo(feats[j], scores);
            }
            // sums of at most MAX_FEATURES 16-bit weights: exact in a float
            for (int a = 0; a < ParseState.ACTIONS; a++) {
                out[a] = scores[a];
            }
        }

        @Override
        public int label(ParseState state, int head, int dependent, int[] feats) {
            int nl = state.labelFeatures(head, dependent, feats);
            Arrays.fill(labelScores, 0);
            for (int j = 0; j < nl; j++) {
                labeller.addTo(feats[j], labelScores);
            }
            int label = 0;
            for (int c = 1; c < labelScores.length; c++) {
                if (labelScores[c] > labelScores[label]) {
                    label = c;
                }
            }
            return label;
        }
    }
}
