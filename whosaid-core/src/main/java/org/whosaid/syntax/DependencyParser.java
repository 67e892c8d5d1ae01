package org.whosaid.syntax;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Labelled dependency parser (Stanford basic dependencies): arc-hybrid transitions found by beam
 * search under a globally trained perceptron (rich non-local features after Zhang and Nivre 2011:
 * stack, buffer, child, distance, valency and label-set features, plus what lies between the
 * candidate head and dependent), and a second perceptron that labels each arc as it is made (three
 * transition classes instead of one per label keeps the weight rows short). A model holds one or
 * more such pairs, its voters, each trained on its own shuffles and reading sentences left to right
 * or reversed: with several, each parses, their final beams vote for arcs (each item weighted by
 * its share of its beam's score mass), and the best projective tree under the votes is the parse
 * (Eisner's algorithm), as the voters make different mistakes. The beam width is part of the
 * model. Always returns a tree. Trained on CoreNLP's silver parses of PolNeAR by
 * {@link ParserTrainer}; takes the tags of {@link PosTagger}.
 * Immutable and thread-safe; load the shipped model once with {@link #bundled()}.
 */
public final class DependencyParser {

    static final String KIND = "dependency-parser";
    static final String ROOT_LABEL = "root";
    private static final String RESOURCE = "dependency-parser.bin";
    /**
     * Temperature of the beam items' shares, in weight units: the items of a final beam get
     * {@code exp(score / T)} shares. With four voters 128 was best on dev (UAS 87.98, 87.95, 88.00,
     * 88.03, 88.06, 87.96 and 87.91 at 16, 32, 64, 96, 128, 256 and 512); with two, 32 had been.
     */
    static final double VOTE_TEMPERATURE = 128.0;
    /** Longest sentence decoded from the votes (cubic time); longer ones take the first voter's parse. */
    static final int MAX_VOTED_TOKENS = 250;

    /** The two perceptrons of one voter. */
    record Weights(WeightTable transitions, WeightTable labeller) {
        Weights {
            Objects.requireNonNull(transitions, "transitions");
            Objects.requireNonNull(labeller, "labeller");
        }

        Weights pruned(float transitionThreshold, float labelThreshold) {
            return new Weights(transitions.pruned(transitionThreshold), labeller.pruned(labelThreshold));
        }
    }

    private final String[] tags;
    private final Map<String, Integer> tagIds;
    private final String[] labels;
    private final byte[] tagClasses;
    /** The parsers that vote; the first one parses long sentences alone. */
    private final List<Voter> voters;
    private final int beamWidth;

    /** One voting parser: its weights, and whether it reads sentences from the end. */
    record Voter(boolean reversed, Weights weights) {
        Voter {
            Objects.requireNonNull(weights, "weights");
        }
    }

    DependencyParser(String[] tags, String[] labels, int beamWidth, List<Voter> voters) {
        if (beamWidth < 1 || beamWidth > ParserTrainer.MAX_BEAM) {
            throw new IllegalArgumentException("beam width must be 1.." + ParserTrainer.MAX_BEAM + ", got " + beamWidth);
        }
        if (voters.isEmpty() || voters.size() > MAX_VOTERS) {
            throw new IllegalArgumentException("a parser has 1.." + MAX_VOTERS + " voters, got " + voters.size());
        }
        for (Voter v : voters) {
            Weights w = v.weights();
            if (w.transitions().numClasses() != ParseState.ACTIONS) {
                throw new IllegalArgumentException("transition table has " + w.transitions().numClasses() + " classes");
            }
            if (w.labeller().numClasses() != labels.length) {
                throw new IllegalArgumentException(labels.length + " labels but the label table has "
                        + w.labeller().numClasses() + " classes");
            }
        }
        this.tags = tags.clone();
        this.labels = labels.clone();
        this.beamWidth = beamWidth;
        this.voters = List.copyOf(voters);
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < tags.length; i++) {
            ids.put(tags[i], i + 1);
        }
        this.tagIds = Map.copyOf(ids);
        this.tagClasses = ParseState.tagClasses(this.tags);
    }

    DependencyParser(String[] tags, String[] labels, int beamWidth, WeightTable transitions, WeightTable labeller) {
        this(tags, labels, beamWidth, List.of(new Voter(false, new Weights(transitions, labeller))));
    }

    /** Largest byte length of one voter's tables in a model file (before decompression). */
    private static final int MAX_VOTER_BYTES = 1 << 30;

    /** Most voters in one model (each costs a beam search per sentence). */
    static final int MAX_VOTERS = 8;

    /** The parser trained on PolNeAR that ships with whosaid (loaded on each call: keep the result). */
    public static DependencyParser bundled() {
        return ModelFormat.bundled(DependencyParser.class, RESOURCE, DependencyParser::read);
    }

    public static DependencyParser read(InputStream in) throws IOException {
        ModelFormat.Payload payload = ModelFormat.open(in, KIND, ParseState.OLDEST_READABLE, ParseState.VERSION);
        DataInputStream data = payload.data();
        String[] tags = ModelFormat.readStrings(data, 1000);
        String[] labels = ModelFormat.readStrings(data, 255);
        int beamWidth = data.readInt();
        int count = data.readInt();
        if (count < 1 || count > MAX_VOTERS) {
            throw new IOException("bad voter count " + count + " in " + KIND + " model");
        }
        boolean[] reversed = new boolean[count];
        if (payload.featureVersion() >= 8) {
            for (int v = 0; v < count; v++) {
                int direction = data.readUnsignedByte();
                if (direction > 1) {
                    throw new IOException("bad direction " + direction + " of voter " + v + " in " + KIND + " model");
                }
                reversed[v] = direction == 1;
            }
        } else if (count > 2) {
            throw new IOException("bad direction count " + count + " in " + KIND + " model");
        } else {
            // version 7: 1 or 2 directions, the second one reversed
            reversed[count - 1] = count == 2;
        }
        List<Weights> weights = payload.featureVersion() >= 9 ? readSized(data, count) : readUnsized(data, count);
        List<Voter> voters = new ArrayList<>();
        for (int v = 0; v < count; v++) {
            voters.add(new Voter(reversed[v], weights.get(v)));
        }
        try {
            return new DependencyParser(tags, labels, beamWidth, voters);
        } catch (IllegalArgumentException e) {
            throw new IOException("inconsistent " + KIND + " model: " + e.getMessage(), e);
        }
    }

    /** Layouts 7 and 8: the voters' tables one after another, decoded from memory in one pass. */
    private static List<Weights> readUnsized(DataInputStream data, int count) throws IOException {
        // the tables are most of the file: decode them from memory, not byte by byte from the stream
        WeightTable.Bytes rest = new WeightTable.Bytes(data.readAllBytes());
        List<Weights> weights = new ArrayList<>();
        for (int v = 0; v < count; v++) {
            weights.add(readWeights(rest));
        }
        if (!rest.exhausted()) {
            throw new IOException("trailing data after the weights of the " + KIND + " model");
        }
        return weights;
    }

    /**
     * Layout 9: each voter's tables are preceded by their byte length, so a second thread decodes
     * (and hashes) one voter while this one inflates the next; loading the bundled parser is
     * about a third faster than decoding after inflating everything.
     */
    private static List<Weights> readSized(DataInputStream data, int count) throws IOException {
        ExecutorService decoder = DaemonPool.of(1, "whosaid-parser-load");
        try {
            List<Future<Weights>> decoded = new ArrayList<>();
            for (int v = 0; v < count; v++) {
                int length = data.readInt();
                if (length < 1 || length > MAX_VOTER_BYTES) {
                    throw new IOException("bad length " + length + " of voter " + v + " in " + KIND + " model");
                }
                byte[] bytes = data.readNBytes(length);
                if (bytes.length != length) {
                    throw new IOException(KIND + " model ends inside voter " + v);
                }
                int voter = v;
                decoded.add(decoder.submit(() -> {
                    WeightTable.Bytes in = new WeightTable.Bytes(bytes);
                    Weights w = readWeights(in);
                    if (!in.exhausted()) {
                        throw new IOException("voter " + voter + " of the " + KIND + " model has trailing data");
                    }
                    return w;
                }));
            }
            if (data.read() != -1) {
                throw new IOException("trailing data after the weights of the " + KIND + " model");
            }
            List<Weights> weights = new ArrayList<>();
            for (Future<Weights> f : decoded) {
                weights.add(f.get());
            }
            return weights;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while loading the " + KIND + " model");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("cannot decode the " + KIND + " model", e.getCause());
        } finally {
            decoder.shutdownNow();
        }
    }

    private static Weights readWeights(WeightTable.Bytes in) throws IOException {
        WeightTable transitions = WeightTable.read(in);
        WeightTable labeller = WeightTable.read(in);
        return new Weights(transitions, labeller);
    }

    /** Writes the model in the format of {@code docs/MODELS.md}; equal models give equal bytes. */
    public void write(OutputStream out) throws IOException {
        DataOutputStream data = ModelFormat.writer(out, KIND, ParseState.VERSION);
        ModelFormat.writeStrings(data, tags);
        ModelFormat.writeStrings(data, labels);
        data.writeInt(beamWidth);
        data.writeInt(voters.size());
        for (Voter v : voters) {
            data.writeByte(v.reversed() ? 1 : 0);
        }
        for (Voter v : voters) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            DataOutputStream tables = new DataOutputStream(bytes);
            v.weights().transitions().write(tables);
            v.weights().labeller().write(tables);
            tables.flush();
            data.writeInt(bytes.size());
            bytes.writeTo(data);
        }
        data.close();
    }

    /** The dependency labels the parser can assign besides {@code root}. */
    public List<String> labelSet() {
        return List.of(labels);
    }

    /** A copy with smaller weights dropped, for choosing the pruning thresholds. */
    DependencyParser pruned(float transitionThreshold, float labelThreshold) {
        return new DependencyParser(tags, labels, beamWidth, voters.stream()
                .map(v -> new Voter(v.reversed(), v.weights().pruned(transitionThreshold, labelThreshold)))
                .toList());
    }

    /**
     * A parser whose voters are this one's and then {@code other}'s, which must share the tag set,
     * label set and beam width (as parsers trained on the same data with the same width do).
     */
    DependencyParser withVotersOf(DependencyParser other) {
        if (!Arrays.equals(tags, other.tags) || !Arrays.equals(labels, other.labels) || beamWidth != other.beamWidth) {
            throw new IllegalArgumentException("parsers with other tags, labels or beam width cannot vote together");
        }
        List<Voter> all = new ArrayList<>(voters);
        all.addAll(other.voters);
        return new DependencyParser(tags, labels, beamWidth, all);
    }

    /** The same parser with only the voters at {@code indexes}. */
    DependencyParser withVoters(int... indexes) {
        List<Voter> chosen = new ArrayList<>();
        for (int i : indexes) {
            chosen.add(voters.get(i));
        }
        return new DependencyParser(tags, labels, beamWidth, chosen);
    }

    /** The beam width the model was trained with and parses with. */
    public int beamWidth() {
        return beamWidth;
    }

    /** Whether the model also reads sentences backwards and combines both readings. */
    public boolean bidirectional() {
        return voters.stream().anyMatch(Voter::reversed);
    }

    /** How many parsers vote (1: the left-to-right parser alone). */
    public int voterCount() {
        return voters.size();
    }

    public int featureCount() {
        int n = 0;
        for (Voter v : voters) {
            n += v.weights().transitions().features() + v.weights().labeller().features();
        }
        return n;
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
        return parse(TokenNormalizer.normalize(words), t, t);
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
        return parse(TokenNormalizer.normalize(words), tagIds(best), tagIds(Arrays.asList(tagging.runnersUp())));
    }

    private int[] tagIds(List<String> posTags) {
        int[] t = new int[posTags.size()];
        for (int i = 0; i < t.length; i++) {
            Integer id = tagIds.get(posTags.get(i));
            t[i] = id == null ? 0 : id;
        }
        return t;
    }

    private DependencyTree tree(int[] heads, int[] labelIds) {
        String[] out = new String[heads.length];
        for (int i = 0; i < heads.length; i++) {
            out[i] = heads[i] < 0 ? ROOT_LABEL : labels[labelIds[i]];
        }
        return new DependencyTree(heads, out);
    }

    /** Beam decoding by each voter, and the tree the voters agree on best. */
    private DependencyTree parse(String[] normalized, int[] tagIds, int[] alternatives) {
        int n = normalized.length;
        // the searches change their initial states (greedy ones in place): each starts from a fresh copy
        ParseState forwards = null;
        ParseState backwards = null;
        ArcVotes votes = null;
        for (Voter v : voters) {
            if (v.reversed() && backwards == null) {
                backwards = new ParseState(reversed(normalized), reversed(tagIds), reversed(alternatives), tagClasses);
            } else if (!v.reversed() && forwards == null) {
                forwards = new ParseState(normalized, tagIds, alternatives, tagClasses);
            }
            BeamSearch search = new BeamSearch(v.reversed() ? backwards.fresh() : forwards.fresh(), beamWidth,
                    new TableScorer(v.weights()));
            ParseState best = search.run();
            if (voters.size() == 1 || n < 2 || n > MAX_VOTED_TOKENS) {
                return v.reversed() ? unreversed(best) : tree(best.heads.clone(), best.labels.clone());
            }
            if (votes == null) {
                votes = new ArcVotes(n);
            }
            votes.add(search, v.weights().transitions().scale(), VOTE_TEMPERATURE, v.reversed());
        }
        int[] heads = ArcVotes.bestTree(votes.scores(), n);
        return tree(heads, votes.labels(heads));
    }

    /** The tree of a parse of the reversed sentence, in the sentence's order. */
    private DependencyTree unreversed(ParseState parse) {
        int n = parse.n;
        int[] heads = new int[n];
        int[] labelIds = new int[n];
        for (int d = 0; d < n; d++) {
            int h = parse.heads[n - 1 - d];
            heads[d] = h < 0 ? -1 : n - 1 - h;
            labelIds[d] = parse.labels[n - 1 - d];
        }
        return tree(heads, labelIds);
    }

    static <T> T[] reversed(T[] a) {
        T[] r = a.clone();
        for (int i = 0; i < a.length; i++) {
            r[i] = a[a.length - 1 - i];
        }
        return r;
    }

    static int[] reversed(int[] a) {
        int[] r = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[a.length - 1 - i];
        }
        return r;
    }

    /** A scorer over the first voter's tables (not thread-safe: one per parse). */
    BeamSearch.Scorer scorer() {
        return new TableScorer(voters.get(0).weights());
    }

    /** Scores with the quantized tables; one per parse, for its scratch arrays. */
    private final class TableScorer implements BeamSearch.Scorer {
        private final WeightTable transitions;
        private final WeightTable labeller;
        private final int[] scores = new int[ParseState.ACTIONS];
        private final int[] labelScores = new int[labels.length];

        TableScorer(Weights weights) {
            this.transitions = weights.transitions();
            this.labeller = weights.labeller();
        }

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
