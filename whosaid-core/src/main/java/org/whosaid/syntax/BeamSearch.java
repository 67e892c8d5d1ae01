package org.whosaid.syntax;

/**
 * Beam search over arc-hybrid transition sequences, shared by parsing and by the globally trained
 * perceptron so that both explore the same space. An item's score is the sum of the transition
 * scores of its choices; an action that is the only legal one is taken without scoring (it adds
 * nothing, and training leaves it out of the feature vector the same way). Ties keep the earlier
 * item and the lower action, so the search is deterministic. Every step records each item's
 * parent and move, so the training can rebuild any item's sequence (max-violation update).
 *
 * <p>States are preallocated (two pools of {@code width}) and copied prefix-wise, so a sentence
 * costs O(width * n * front) copying; the width shrinks for long inputs (see {@link #widthFor}) to
 * keep that bounded, down to 1, where states are updated in place. Not thread-safe: one per parse.
 */
final class BeamSearch {

    /**
     * Bound on width times tokens: the beam narrows for long inputs (a 512-token sentence keeps at
     * most 8 items, a 1,024-token one 4, one of 4,096 tokens or more is parsed greedily).
     */
    static final int TOKEN_BUDGET = 4096;

    /** Scores transitions and labels arcs for the search. */
    interface Scorer {
        /** Fills {@code scores[0..2]} with the scores of SHIFT, LEFT and RIGHT for these features. */
        void transitions(int[] feats, int count, float[] scores);

        /** The label of the arc {@code head -> dependent} about to be made in {@code state}. */
        int label(ParseState state, int head, int dependent, int[] feats);
    }

    private final Scorer scorer;
    private final int width;
    private final int steps;
    private ParseState[] current;
    private ParseState[] next;
    private double[] scores;
    private double[] nextScores;
    private int size;
    private int step;
    /** Per step and item: index of the parent item in the previous step. */
    private final int[] parents;
    /** Per step and item: action | (label + 1) << 2. */
    private final int[] moves;

    private final int[] feats = new int[ParseState.MAX_FEATURES];
    private final float[] actionScores = new float[ParseState.ACTIONS];
    private final double[] candScore;
    private final int[] candParent;
    private final int[] candAction;
    private final int[] order;

    BeamSearch(ParseState initial, int width, Scorer scorer) {
        if (width < 1) {
            throw new IllegalArgumentException("beam width must be >= 1, got " + width);
        }
        this.scorer = scorer;
        this.width = widthFor(width, initial.n);
        this.steps = Math.max(0, 2 * initial.n - 1);
        current = new ParseState[this.width];
        next = new ParseState[this.width];
        current[0] = initial;
        scores = new double[this.width];
        nextScores = new double[this.width];
        size = 1;
        parents = new int[steps * this.width];
        moves = new int[steps * this.width];
        candScore = new double[this.width * ParseState.ACTIONS];
        candParent = new int[candScore.length];
        candAction = new int[candScore.length];
        order = new int[candScore.length];
    }

    /** The width actually used for a sentence of {@code n} tokens. */
    static int widthFor(int width, int n) {
        return Math.max(1, Math.min(width, TOKEN_BUDGET / Math.max(1, n)));
    }

    /** Number of steps every complete sequence takes ({@code 2n - 1}). */
    int steps() {
        return steps;
    }

    /** Steps taken so far. */
    int stepsDone() {
        return step;
    }

    boolean finished() {
        return step >= steps;
    }

    int size() {
        return size;
    }

    /** Item {@code k} of the current step, best first. */
    ParseState item(int k) {
        return current[k];
    }

    double score(int k) {
        return scores[k];
    }

    /** The parent (in step {@code t - 1}) of item {@code k} of step {@code t} (1-based step count). */
    int parent(int t, int k) {
        return parents[(t - 1) * width + k];
    }

    /** The move that made item {@code k} of step {@code t}: action | (label + 1) << 2. */
    int move(int t, int k) {
        return moves[(t - 1) * width + k];
    }

    /** The moves of item {@code k} of step {@code t}, from the first step. */
    int[] history(int t, int k) {
        int[] out = new int[t];
        for (int s = t; s >= 1; s--) {
            out[s - 1] = move(s, k);
            k = parent(s, k);
        }
        return out;
    }

    /** Advances every item by one action and keeps the best {@code width} successors. */
    void advance() {
        if (finished()) {
            throw new IllegalStateException("search already finished");
        }
        int c = 0;
        for (int k = 0; k < size; k++) {
            ParseState st = current[k];
            int forced = st.onlyLegalAction();
            if (forced >= 0) {
                candScore[c] = scores[k];
                candParent[c] = k;
                candAction[c++] = forced;
                continue;
            }
            int nf = st.transitionFeatures(feats);
            scorer.transitions(feats, nf, actionScores);
            for (int a = 0; a < ParseState.ACTIONS; a++) {
                if (st.legal(a)) {
                    candScore[c] = scores[k] + actionScores[a];
                    candParent[c] = k;
                    candAction[c++] = a;
                }
            }
        }
        int kept = select(c);
        int base = step * width;
        if (width == 1) {
            // one item: update it in place, no copy
            int j = order[0];
            ParseState st = current[0];
            int label = apply(st, candAction[j]);
            scores[0] = candScore[j];
            parents[base] = 0;
            moves[base] = candAction[j] | (label + 1) << 2;
        } else {
            for (int i = 0; i < kept; i++) {
                int j = order[i];
                ParseState st = next[i];
                if (st == null) {
                    st = current[0].fresh();
                    next[i] = st;
                }
                st.copyFrom(current[candParent[j]]);
                int label = apply(st, candAction[j]);
                nextScores[i] = candScore[j];
                parents[base + i] = candParent[j];
                moves[base + i] = candAction[j] | (label + 1) << 2;
            }
            ParseState[] t = current;
            current = next;
            next = t;
            double[] s = scores;
            scores = nextScores;
            nextScores = s;
            size = kept;
        }
        step++;
    }

    /** Runs the search to the end and returns the best final state. */
    ParseState run() {
        while (!finished()) {
            advance();
        }
        return current[0];
    }

    private int apply(ParseState st, int action) {
        int label = -1;
        if (action != ParseState.SHIFT) {
            label = scorer.label(st, st.headFor(action), st.s0(), feats);
        }
        st.apply(action, label);
        return label;
    }

    /** Orders the first {@code count} candidates best first into {@link #order}; returns how many to keep. */
    private int select(int count) {
        for (int i = 0; i < count; i++) {
            // insertion sort: at most 3 * width candidates, and stable, so ties keep generation order
            int j = i;
            while (j > 0 && candScore[order[j - 1]] < candScore[i]) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
        return Math.min(count, width);
    }
}
