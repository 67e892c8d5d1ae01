package org.whosaid.syntax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.TreeSet;
import java.util.function.ObjIntConsumer;

/**
 * Trains a {@link DependencyParser} globally: a structured perceptron over whole transition
 * sequences, decoded with the same beam search as parsing, updated at the step of maximum
 * violation (Huang, Fayong and Guo 2012) against the canonical (reduce-first) gold sequence. A
 * greedy classifier only learns single decisions from gold states; the global update also teaches
 * it which partial parses to keep, which is what lets the rich non-local features pay off. The arc
 * labeller is trained alongside on the gold sequence's arcs. Each voter of {@link Options#voters()}
 * is such a pair of perceptrons, trained the same way on its own shuffles of the sentences, read
 * left to right or reversed (one after the other, or several at once on as many threads; each
 * depends only on the data and its own seed, so the model is the same either way). Sentences the system cannot derive (non-projective trees, several roots)
 * are skipped and counted. Deterministic like {@link PosTaggerTrainer}: sorted label and tag sets,
 * seeded shuffles, key-ordered model output.
 */
public final class ParserTrainer {

    /** Largest beam width accepted by the trainer and by model readers. */
    static final int MAX_BEAM = 64;

    /**
     * One parser of the voting ensemble.
     *
     * @param reversed whether it reads sentences from the end
     * @param seed seed of its per-epoch shuffles (voters differing only here still disagree usefully)
     */
    public record Voter(boolean reversed, long seed) {
        /** Parses {@code forward:SEED} or {@code reversed:SEED}, as printed by {@link #toString()}. */
        public static Voter parse(String spec) {
            int colon = spec.indexOf(':');
            String direction = colon < 0 ? "" : spec.substring(0, colon).trim();
            if (!direction.equals("forward") && !direction.equals("reversed")) {
                throw new IllegalArgumentException("a voter is forward:SEED or reversed:SEED, got '" + spec + "'");
            }
            try {
                return new Voter(direction.equals("reversed"), Long.parseLong(spec.substring(colon + 1).trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad seed in voter '" + spec + "'", e);
            }
        }

        @Override
        public String toString() {
            return (reversed ? "reversed:" : "forward:") + seed;
        }
    }

    /**
     * Training options.
     *
     * @param epochs passes over the data
     * @param prune transition weights smaller than this (absolute, after averaging) are dropped
     * @param labelPrune the same for the arc labeller's weights
     * @param beamWidth items kept per step, in training and (stored in the model) in parsing; 1 is
     *     a greedy parser trained with early updates
     * @param voters the parsers to train, whose votes are combined (each adds its training and
     *     parsing time); the first parses long sentences alone
     */
    public record Options(int epochs, float prune, float labelPrune, int beamWidth, List<Voter> voters) {
        public Options {
            voters = List.copyOf(voters);
            if (voters.isEmpty() || voters.size() > DependencyParser.MAX_VOTERS) {
                throw new IllegalArgumentException("voters must be 1.." + DependencyParser.MAX_VOTERS + ", got "
                        + voters.size());
            }
            if (new java.util.HashSet<>(voters).size() != voters.size()) {
                throw new IllegalArgumentException("voters must differ (a copy adds nothing): " + voters);
            }
            if (epochs < 1 || epochs > 100) {
                throw new IllegalArgumentException("epochs must be 1..100, got " + epochs);
            }
            if (!(prune >= 0f)) {
                throw new IllegalArgumentException("prune must be >= 0, got " + prune);
            }
            if (!(labelPrune >= 0f)) {
                throw new IllegalArgumentException("labelPrune must be >= 0, got " + labelPrune);
            }
            if (beamWidth < 1 || beamWidth > MAX_BEAM) {
                throw new IllegalArgumentException("beamWidth must be 1.." + MAX_BEAM + ", got " + beamWidth);
            }
        }

        /** One left-to-right parser whose shuffles use {@code seed}. */
        public Options(int epochs, long seed, float prune, float labelPrune, int beamWidth) {
            this(epochs, prune, labelPrune, beamWidth, List.of(new Voter(false, seed)));
        }

        /** The same options with other voters. */
        public Options withVoters(List<Voter> others) {
            return new Options(epochs, prune, labelPrune, beamWidth, others);
        }

        /** The options of the shipped model. */
        public static Options defaults() {
            return new Options(6, 5.5f, 1.5f, 8, DEFAULT_VOTERS);
        }
    }

    /**
     * The voters of the shipped model: both reading directions, each with two shuffle seeds. A fifth
     * (forward:44) added 0.08 UAS for 2.8 MB more and a fifth of the load time.
     */
    static final List<Voter> DEFAULT_VOTERS = List.of(new Voter(false, 42L), new Voter(true, 42L),
            new Voter(false, 43L), new Voter(true, 43L));

    private static boolean anyReversed(List<Voter> voters) {
        return voters.stream().anyMatch(Voter::reversed);
    }

    private final Options options;
    private final int threads;
    private int skipped;

    /** A trainer that trains the voters one after the other. */
    public ParserTrainer(Options options) {
        this(options, 1);
    }

    /**
     * A trainer that trains up to {@code threads} voters at once, each on one thread (a voter
     * depends only on the data and its seed, so the model is the same whatever the count).
     */
    public ParserTrainer(Options options, int threads) {
        this.options = Objects.requireNonNull(options, "options");
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("threads must be 1..64, got " + threads);
        }
        this.threads = threads;
    }

    /** Sentences skipped by the last {@link #train} call because the oracle could not derive them. */
    public int skipped() {
        return skipped;
    }

    /**
     * Trains on {@code sentences}, using {@code featureTags} (one array per sentence, e.g. a tagger's
     * jackknifed output, so that training sees tagging errors like those at run time) as the tags.
     */
    public DependencyParser train(List<ConllSentence> sentences, List<String[]> featureTags) {
        return train(sentences, featureTags, featureTags, null);
    }

    /**
     * As {@link #train(List, List)} with the tagger's runner-up tags ({@code runnersUp}, one array
     * per sentence, see {@link PosTagger#tagWithRunnersUp}), which the parser then expects at run time.
     */
    public DependencyParser train(List<ConllSentence> sentences, List<String[]> featureTags,
            List<String[]> runnersUp) {
        return train(sentences, featureTags, runnersUp, null);
    }

    /**
     * As {@link #train(List, List)}; {@code afterEpoch}, when not null, gets the model averaged so
     * far and the number of epochs done, after each epoch but the last (for learning curves).
     */
    DependencyParser train(List<ConllSentence> sentences, List<String[]> featureTags, List<String[]> runnersUp,
            ObjIntConsumer<DependencyParser> afterEpoch) {
        if (sentences.size() != featureTags.size() || sentences.size() != runnersUp.size()) {
            throw new IllegalArgumentException(sentences.size() + " sentences but " + featureTags.size()
                    + " tag arrays and " + runnersUp.size() + " runner-up arrays");
        }
        TreeSet<String> tagSet = new TreeSet<>();
        TreeSet<String> labelSet = new TreeSet<>();
        for (int s = 0; s < sentences.size(); s++) {
            for (ConllToken t : sentences.get(s).tokens()) {
                tagSet.add(t.tag());
                if (t.head() != 0) {
                    labelSet.add(t.label());
                }
            }
            for (String t : featureTags.get(s)) {
                tagSet.add(t);
            }
            for (String t : runnersUp.get(s)) {
                tagSet.add(t);
            }
        }
        if (labelSet.size() > 255) {
            throw new IllegalArgumentException("too many labels: " + labelSet.size());
        }
        if (labelSet.isEmpty()) {
            throw new IllegalArgumentException("no dependency labels in the training data");
        }
        String[] tags = tagSet.toArray(new String[0]);
        String[] labels = labelSet.toArray(new String[0]);
        Map<String, Integer> tagIds = new HashMap<>();
        for (int i = 0; i < tags.length; i++) {
            tagIds.put(tags[i], i + 1);
        }
        Map<String, Integer> labelIds = new HashMap<>();
        for (int i = 0; i < labels.length; i++) {
            labelIds.put(labels[i], i);
        }
        byte[] tagClasses = ParseState.tagClasses(tags);

        List<Example> examples = new ArrayList<>();
        List<Example> backwardExamples = new ArrayList<>();
        skipped = 0;
        for (int s = 0; s < sentences.size(); s++) {
            ConllSentence sentence = sentences.get(s);
            String[] ft = featureTags.get(s);
            if (ft.length != sentence.size()) {
                throw new IllegalArgumentException("sentence " + s + " has " + sentence.size() + " tokens but "
                        + ft.length + " tags");
            }
            String[] ru = runnersUp.get(s);
            if (ru.length != sentence.size()) {
                throw new IllegalArgumentException("sentence " + s + " has " + sentence.size() + " tokens but "
                        + ru.length + " runner-up tags");
            }
            int[] t = new int[ft.length];
            int[] alt = new int[ft.length];
            for (int i = 0; i < t.length; i++) {
                t[i] = tagIds.get(ft[i]);
                alt[i] = tagIds.get(ru[i]);
            }
            int[] heads = sentence.heads();
            int[] goldLabels = new int[heads.length];
            for (int i = 0; i < heads.length; i++) {
                goldLabels[i] = heads[i] < 0 ? -1 : labelIds.get(sentence.tokens().get(i).label());
            }
            String[] words = TokenNormalizer.normalize(sentence.words());
            int[] actions = projectiveSingleRoot(heads)
                    ? goldSequence(new ParseState(words, t, tagClasses), heads) : null;
            if (actions != null) {
                examples.add(new Example(words, t, alt, heads, goldLabels, actions));
                if (anyReversed(options.voters())) {
                    int[] reversedHeads = new int[heads.length];
                    for (int i = 0; i < heads.length; i++) {
                        int h = heads[heads.length - 1 - i];
                        reversedHeads[i] = h < 0 ? -1 : heads.length - 1 - h;
                    }
                    String[] reversedWords = DependencyParser.reversed(words);
                    int[] reversedTags = DependencyParser.reversed(t);
                    // projectivity does not depend on the direction, so this derivation exists
                    backwardExamples.add(new Example(reversedWords, reversedTags, DependencyParser.reversed(alt),
                            reversedHeads, DependencyParser.reversed(goldLabels),
                            goldSequence(new ParseState(reversedWords, reversedTags, tagClasses), reversedHeads)));
                }
            } else {
                skipped++;
            }
        }

        ObjIntConsumer<Learner> firstEpochs = afterEpoch == null ? null
                : (l, epoch) -> afterEpoch.accept(new DependencyParser(tags, labels, options.beamWidth(), List.of(
                        new DependencyParser.Voter(options.voters().get(0).reversed(), l.export()))), epoch);
        List<Callable<DependencyParser.Voter>> jobs = new ArrayList<>();
        for (Voter v : options.voters()) {
            ObjIntConsumer<Learner> epochs = jobs.isEmpty() ? firstEpochs : null;
            List<Example> data = v.reversed() ? backwardExamples : examples;
            jobs.add(() -> new DependencyParser.Voter(v.reversed(),
                    learn(data, v.seed(), tagClasses, labels.length, epochs).export()));
        }
        return new DependencyParser(tags, labels, options.beamWidth(), runAll(jobs));
    }

    /** Runs the voters' trainings on up to {@link #threads} threads and returns them in order. */
    private List<DependencyParser.Voter> runAll(List<Callable<DependencyParser.Voter>> jobs) {
        List<DependencyParser.Voter> voters = new ArrayList<>();
        ExecutorService pool = DaemonPool.of(Math.min(threads, jobs.size()), "whosaid-parser-voter");
        try {
            List<Future<DependencyParser.Voter>> running = new ArrayList<>();
            for (Callable<DependencyParser.Voter> job : jobs) {
                running.add(pool.submit(job));
            }
            for (Future<DependencyParser.Voter> f : running) {
                voters.add(f.get());
            }
            return voters;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("voter training interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("voter training failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Trains one voter's perceptrons; {@code afterEpoch} sees them after each epoch but the last. */
    private Learner learn(List<Example> examples, long seed, byte[] tagClasses, int labelCount,
            ObjIntConsumer<Learner> afterEpoch) {
        Learner learner = new Learner(labelCount, tagClasses);
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            PosTaggerTrainer.shuffle(order, random);
            for (int ei : order) {
                learner.learn(examples.get(ei));
            }
            if (afterEpoch != null && epoch + 1 < options.epochs()) {
                afterEpoch.accept(learner, epoch + 1);
            }
        }
        return learner;
    }

    private record Example(String[] words, int[] tags, int[] alternatives, int[] heads, int[] labels, int[] actions) {
    }

    /** The two perceptrons being trained, and the search's view of their current weights. */
    private final class Learner implements BeamSearch.Scorer {
        final AveragedPerceptron transitions = new AveragedPerceptron(ParseState.ACTIONS);
        final AveragedPerceptron labeller;
        private final byte[] tagClasses;
        private final int[] feats = new int[ParseState.MAX_FEATURES];
        private final float[] scores = new float[ParseState.ACTIONS];
        private final float[] labelScores;

        Learner(int labelCount, byte[] tagClasses) {
            this.labeller = new AveragedPerceptron(labelCount);
            this.labelScores = new float[labelCount];
            this.tagClasses = tagClasses;
        }

        /** The averaged, pruned and quantized weights so far. */
        DependencyParser.Weights export() {
            return new DependencyParser.Weights(transitions.export(options.prune()),
                    labeller.export(options.labelPrune()));
        }

        @Override
        public void transitions(int[] f, int count, float[] out) {
            transitions.score(f, count, out);
        }

        @Override
        public int label(ParseState state, int head, int dependent, int[] f) {
            return bestLabel(f, state.labelFeatures(head, dependent, f));
        }

        private int bestLabel(int[] f, int count) {
            labeller.score(f, count, labelScores);
            int label = 0;
            for (int c = 1; c < labelScores.length; c++) {
                if (labelScores[c] > labelScores[label]) {
                    label = c;
                }
            }
            return label;
        }

        /**
         * One sentence: beam search and the gold sequence side by side; the gold arcs train the
         * labeller as they are made, then the transitions get one max-violation update.
         */
        void learn(Example e) {
            ParseState initial = new ParseState(e.words, e.tags, e.alternatives, tagClasses);
            ParseState gold = initial.fresh();
            BeamSearch beam = new BeamSearch(initial, options.beamWidth(), this);
            int steps = beam.steps();
            int[] goldMoves = new int[steps];
            double goldScore = 0;
            int goldItem = 0;
            double worst = Double.NEGATIVE_INFINITY;
            int worstStep = -1;
            for (int t = 1; t <= steps; t++) {
                beam.advance();
                int action = e.actions[t - 1];
                if (gold.onlyLegalAction() < 0) {
                    int nf = gold.transitionFeatures(feats);
                    transitions.score(feats, nf, scores);
                    goldScore += scores[action];
                }
                int label = -1;
                if (action != ParseState.SHIFT) {
                    // the gold item carries predicted labels, as every item in the beam does,
                    // so that it is scored like them and like a parse at run time
                    int head = gold.headFor(action);
                    int dependent = gold.s0();
                    int nl = gold.labelFeatures(head, dependent, feats);
                    label = bestLabel(feats, nl);
                    labeller.update(feats, nl, e.labels[dependent], label);
                    labeller.tick();
                }
                gold.apply(action, label);
                goldMoves[t - 1] = action | (label + 1) << 2;
                goldItem = successor(beam, t, goldItem, action);
                boolean wrongAtEnd = t == steps && goldItem != 0;
                if (goldItem < 0 || wrongAtEnd) {
                    double violation = beam.score(0) - goldScore;
                    if (violation > worst) {
                        worst = violation;
                        worstStep = t;
                    }
                }
            }
            if (worstStep > 0) {
                update(initial, goldMoves, beam.history(worstStep, 0), worstStep);
            }
            transitions.tick();
        }

        /** The item of step {@code t} that extends item {@code parent} by {@code action}, or -1. */
        private int successor(BeamSearch beam, int t, int parent, int action) {
            if (parent < 0) {
                return -1;
            }
            for (int k = 0; k < beam.size(); k++) {
                if (beam.parent(t, k) == parent && (beam.move(t, k) & 3) == action) {
                    return k;
                }
            }
            return -1;
        }

        /**
         * Rewards the gold prefix and penalizes the predicted one up to {@code length} steps. Their
         * common start contributes equally to both and is skipped.
         */
        private void update(ParseState sentence, int[] goldMoves, int[] predicted, int length) {
            int common = 0;
            while (common < length && goldMoves[common] == predicted[common]) {
                common++;
            }
            ParseState g = sentence.fresh();
            for (int i = 0; i < common; i++) {
                g.apply(goldMoves[i] & 3, (goldMoves[i] >> 2) - 1);
            }
            ParseState p = sentence.fresh();
            p.copyFrom(g);
            replay(g, goldMoves, common, length, 1f);
            replay(p, predicted, common, length, -1f);
        }

        private void replay(ParseState state, int[] moves, int from, int to, float delta) {
            for (int i = from; i < to; i++) {
                int action = moves[i] & 3;
                if (state.onlyLegalAction() < 0) {
                    int nf = state.transitionFeatures(feats);
                    transitions.add(feats, nf, action, delta);
                }
                state.apply(action, (moves[i] >> 2) - 1);
            }
        }
    }

    /**
     * The canonical arc-hybrid derivation of a gold tree: attach s0 as soon as its head is b0
     * (LEFT) or s1 (RIGHT) and it has all its dependents, else SHIFT. Null when the sequence does
     * not rebuild the tree (it cannot for non-projective trees).
     */
    static int[] goldSequence(ParseState state, int[] heads) {
        int n = heads.length;
        int[] children = new int[n];
        for (int h : heads) {
            if (h >= 0) {
                children[h]++;
            }
        }
        int[] actions = new int[Math.max(0, 2 * n - 1)];
        for (int i = 0; i < actions.length; i++) {
            int s0 = state.s0();
            int action = ParseState.SHIFT;
            if (s0 >= 0 && state.dependents(s0) == children[s0]) {
                if (state.legal(ParseState.LEFT) && heads[s0] == state.b) {
                    action = ParseState.LEFT;
                } else if (state.legal(ParseState.RIGHT) && heads[s0] == state.s1()) {
                    action = ParseState.RIGHT;
                }
            }
            if (!state.legal(action)) {
                return null;
            }
            state.apply(action, 0);
            actions[i] = action;
        }
        if (!state.terminal()) {
            return null;
        }
        for (int i = 0; i < n; i++) {
            if (state.heads[i] != heads[i]) {
                return null;
            }
        }
        return actions;
    }

    /** True when the tree has one root and no crossing arcs (arc-hybrid can derive exactly these). */
    static boolean projectiveSingleRoot(int[] heads) {
        int roots = 0;
        for (int d = 0; d < heads.length; d++) {
            int h = heads[d];
            if (h < 0) {
                roots++;
                continue;
            }
            int lo = Math.min(h, d);
            int hi = Math.max(h, d);
            for (int k = lo + 1; k < hi; k++) {
                int a = k;
                int steps = 0;
                while (a >= 0 && a != h && steps++ <= heads.length) {
                    a = heads[a];
                }
                if (a != h) {
                    return false;
                }
            }
        }
        return roots == 1;
    }
}
