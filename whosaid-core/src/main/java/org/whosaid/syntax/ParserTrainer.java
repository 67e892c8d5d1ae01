package org.whosaid.syntax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeSet;

/**
 * Trains a {@link DependencyParser} with the dynamic arc-hybrid oracle and error exploration.
 * Sentences the system cannot derive (non-projective trees, several roots) are skipped and counted. Deterministic like
 * {@link PosTaggerTrainer}: sorted label and tag sets, seeded shuffles, key-ordered model output.
 */
public final class ParserTrainer {

    /**
     * Training options.
     *
     * @param epochs passes over the data
     * @param seed seed of the per-epoch shuffles
     * @param prune transition weights smaller than this (absolute, after averaging) are dropped
     * @param labelPrune the same for the arc labeller's weights
     * @param explore after the first epoch, the chance of following a wrong prediction (error
     *     exploration with the dynamic oracle) instead of the best correct action
     */
    public record Options(int epochs, long seed, float prune, float labelPrune, double explore) {
        public Options {
            if (!(labelPrune >= 0f)) {
                throw new IllegalArgumentException("labelPrune must be >= 0, got " + labelPrune);
            }
            if (!(explore >= 0 && explore <= 1)) {
                throw new IllegalArgumentException("explore must be in [0, 1], got " + explore);
            }
            if (epochs < 1 || epochs > 100) {
                throw new IllegalArgumentException("epochs must be 1..100, got " + epochs);
            }
            if (!(prune >= 0f)) {
                throw new IllegalArgumentException("prune must be >= 0, got " + prune);
            }
        }

        /** The options of the shipped model. */
        public static Options defaults() {
            return new Options(5, 42L, 2.5f, 1.5f, 0.9);
        }
    }

    private final Options options;
    private int skipped;

    public ParserTrainer(Options options) {
        this.options = Objects.requireNonNull(options, "options");
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
        if (sentences.size() != featureTags.size()) {
            throw new IllegalArgumentException(sentences.size() + " sentences but " + featureTags.size()
                    + " tag arrays");
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
        }
        if (labelSet.size() > 255) {
            throw new IllegalArgumentException("too many labels: " + labelSet.size());
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

        if (labels.length == 0) {
            throw new IllegalArgumentException("no dependency labels in the training data");
        }
        List<Example> examples = new ArrayList<>();
        skipped = 0;
        for (int s = 0; s < sentences.size(); s++) {
            ConllSentence sentence = sentences.get(s);
            String[] ft = featureTags.get(s);
            if (ft.length != sentence.size()) {
                throw new IllegalArgumentException("sentence " + s + " has " + sentence.size() + " tokens but "
                        + ft.length + " tags");
            }
            int[] t = new int[ft.length];
            for (int i = 0; i < t.length; i++) {
                t[i] = tagIds.get(ft[i]);
            }
            int[] heads = sentence.heads();
            int[] goldLabels = new int[heads.length];
            for (int i = 0; i < heads.length; i++) {
                goldLabels[i] = heads[i] < 0 ? -1 : labelIds.get(sentence.tokens().get(i).label());
            }
            if (projectiveSingleRoot(heads)) {
                examples.add(new Example(TokenNormalizer.normalize(sentence.words()), t, heads, goldLabels));
            } else {
                skipped++;
            }
        }

        boolean[] verbal = DependencyParser.verbal(tags);
        AveragedPerceptron transitions = new AveragedPerceptron(ParseState.ACTIONS);
        AveragedPerceptron labeller = new AveragedPerceptron(labels.length);
        int[] feats = new int[ParseState.MAX_FEATURES];
        float[] scores = new float[ParseState.ACTIONS];
        float[] labelScores = new float[labels.length];
        int[] costs = new int[ParseState.ACTIONS];
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(options.seed());
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            PosTaggerTrainer.shuffle(order, random);
            for (int ei : order) {
                Example e = examples.get(ei);
                ParseState state = new ParseState(e.words, e.tags, verbal);
                while (!state.terminal()) {
                    int nf = state.transitionFeatures(feats);
                    transitions.score(feats, nf, scores);
                    costs(state, e.heads, costs);
                    int guess = -1;
                    int best = -1;
                    for (int a = 0; a < ParseState.ACTIONS; a++) {
                        if (!state.legal(a)) {
                            continue;
                        }
                        if (guess < 0 || scores[a] > scores[guess]) {
                            guess = a;
                        }
                        if (best < 0 || costs[a] < costs[best] || (costs[a] == costs[best] && scores[a] > scores[best])) {
                            best = a;
                        }
                    }
                    if (costs[guess] > costs[best]) {
                        transitions.update(feats, nf, best, guess);
                    }
                    transitions.tick();
                    // after the first epoch, follow mistakes most of the time so that training sees
                    // the configurations the parser will reach on its own (error exploration)
                    int action = costs[guess] == costs[best] || (epoch > 0 && random.nextDouble() < options.explore())
                            ? guess : best;
                    int label = -1;
                    if (action != ParseState.SHIFT) {
                        int h = state.headFor(action);
                        int d = state.s0();
                        int nl = state.labelFeatures(h, d, feats);
                        labeller.score(feats, nl, labelScores);
                        label = 0;
                        for (int c = 1; c < labels.length; c++) {
                            if (labelScores[c] > labelScores[label]) {
                                label = c;
                            }
                        }
                        if (e.heads[d] == h) {
                            labeller.update(feats, nl, e.labels[d], label);
                            labeller.tick();
                            label = e.labels[d];
                        }
                    }
                    state.apply(action, label);
                }
            }
        }
        return new DependencyParser(tags, labels, transitions.export(options.prune()),
                labeller.export(options.labelPrune()));
    }

    private record Example(String[] words, int[] tags, int[] heads, int[] labels) {
    }

    /**
     * The dynamic oracle of the arc-hybrid system (Goldberg and Nivre 2013): for each action, how
     * many gold arcs become unreachable. Adapted to our root-less variant: the gold root is lost
     * when it is attached to anything or shifted onto a non-empty stack.
     */
    static void costs(ParseState state, int[] gold, int[] costs) {
        int n = state.n;
        int b = state.b;
        int s0 = state.s0();
        int s1 = state.s1();
        costs[ParseState.SHIFT] = 0;
        costs[ParseState.LEFT] = 0;
        costs[ParseState.RIGHT] = 0;
        if (b < n) {
            int c = 0;
            for (int i = 0; i < state.sp; i++) {
                if (gold[state.stack[i]] == b) {
                    c++;
                }
            }
            int g = gold[b];
            if (g >= 0 && g != s0 && onStack(state, g)) {
                c++;
            }
            if (g < 0 && state.sp > 0) {
                c++;
            }
            costs[ParseState.SHIFT] = c;
        }
        if (s0 >= 0) {
            int children = 0;
            for (int j = b; j < n; j++) {
                if (gold[j] == s0) {
                    children++;
                }
            }
            int g = gold[s0];
            if (b < n) {
                boolean lost = g != b && (g < 0 || g == s1 || g > b);
                costs[ParseState.LEFT] = children + (lost ? 1 : 0);
            }
            if (s1 >= 0) {
                boolean lost = g != s1 && (g < 0 || g >= b);
                costs[ParseState.RIGHT] = children + (lost ? 1 : 0);
            }
        }
    }

    private static boolean onStack(ParseState state, int token) {
        for (int i = 0; i < state.sp; i++) {
            if (state.stack[i] == token) {
                return true;
            }
        }
        return false;
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
