package org.whosaid.syntax;

/**
 * Arc votes of finished beam searches over one sentence, and the best projective tree under them.
 * Each final item of a beam votes for its arcs with its share {@code exp(score / T) / Z} of the
 * beam, so a search that is sure of its best parse votes for it alone and an unsure one spreads
 * its vote; summing the votes of several searches (parsers reading either way) and decoding the best tree
 * (Eisner's first-order algorithm, one root) keeps the arcs they agree on and settles the others by
 * confidence. Every arc remembers the label of the item with the largest share that made it. Not
 * thread-safe: one per sentence.
 */
final class ArcVotes {

    private final int n;
    /** Per dependent d, per head h + 1 (0 is the root): summed shares. */
    private final double[][] votes;
    /** Per dependent and head + 1: the label of the largest single vote, and that vote. */
    private final int[][] labels;
    private final double[][] labelVote;

    ArcVotes(int n) {
        this.n = n;
        votes = new double[n][n + 1];
        labels = new int[n][n + 1];
        labelVote = new double[n][n + 1];
    }

    /**
     * Adds the final items of a finished search.
     *
     * @param scale weight of one quantized score unit of the search's model
     * @param temperature of the shares, in weight units
     * @param reversed whether the search ran over the reversed sentence (its token i is n - 1 - i)
     */
    void add(BeamSearch search, float scale, double temperature, boolean reversed) {
        int size = search.size();
        double[] share = new double[size];
        double best = search.score(0);
        double total = 0;
        for (int k = 0; k < size; k++) {
            share[k] = Math.exp((search.score(k) - best) * scale / temperature);
            total += share[k];
        }
        for (int k = 0; k < size; k++) {
            double v = share[k] / total;
            ParseState item = search.item(k);
            if (item.n != n) {
                throw new IllegalArgumentException("a search over " + item.n + " tokens, not " + n);
            }
            for (int i = 0; i < n; i++) {
                int h = item.heads[i];
                int d = reversed ? n - 1 - i : i;
                int head = h < 0 ? -1 : reversed ? n - 1 - h : h;
                votes[d][head + 1] += v;
                if (h >= 0 && v > labelVote[d][head + 1]) {
                    labelVote[d][head + 1] = v;
                    labels[d][head + 1] = item.labels[i];
                }
            }
        }
    }

    /** The summed votes, {@code [dependent][head + 1]} (0 is the root); a view, not a copy. */
    double[][] scores() {
        return votes;
    }

    /** Per token, the label its arc in {@code heads} got from its largest vote (0 when none made it). */
    int[] labels(int[] heads) {
        int[] out = new int[n];
        for (int d = 0; d < n; d++) {
            out[d] = heads[d] < 0 ? -1 : labels[d][heads[d] + 1];
        }
        return out;
    }

    /**
     * The projective tree with one root that maximizes the sum of {@code w[d][h + 1]} over its
     * arcs (Eisner 1996): O(n^3) time, O(n^2) memory.
     */
    static int[] bestTree(double[][] w, int n) {
        int[] heads = new int[n];
        if (n == 0) {
            return heads;
        }
        // spans [i, j]: complete with head i (cr) or j (cl); incomplete with arc i -> j (ir) or j -> i (il)
        double[][] cr = new double[n][n];
        double[][] cl = new double[n][n];
        double[][] ir = new double[n][n];
        double[][] il = new double[n][n];
        int[][] splitC = new int[n][n];
        int[][] splitCl = new int[n][n];
        int[][] splitI = new int[n][n];
        for (int len = 1; len < n; len++) {
            for (int i = 0; i + len < n; i++) {
                int j = i + len;
                double best = Double.NEGATIVE_INFINITY;
                int at = i;
                for (int k = i; k < j; k++) {
                    double v = cr[i][k] + cl[k + 1][j];
                    if (v > best) {
                        best = v;
                        at = k;
                    }
                }
                ir[i][j] = best + w[j][i + 1];
                il[i][j] = best + w[i][j + 1];
                splitI[i][j] = at;
                best = Double.NEGATIVE_INFINITY;
                for (int k = i + 1; k <= j; k++) {
                    double v = ir[i][k] + cr[k][j];
                    if (v > best) {
                        best = v;
                        at = k;
                    }
                }
                cr[i][j] = best;
                splitC[i][j] = at;
                best = Double.NEGATIVE_INFINITY;
                for (int k = i; k < j; k++) {
                    double v = cl[i][k] + il[k][j];
                    if (v > best) {
                        best = v;
                        at = k;
                    }
                }
                cl[i][j] = best;
                splitCl[i][j] = at;
            }
        }
        double best = Double.NEGATIVE_INFINITY;
        int root = 0;
        for (int r = 0; r < n; r++) {
            double v = cl[0][r] + cr[r][n - 1] + w[r][0];
            if (v > best) {
                best = v;
                root = r;
            }
        }
        heads[root] = -1;
        // explicit stack of spans to fill (no recursion: sentences may be long)
        int[] stack = new int[3 * (4 * n + 8)];
        int sp = 0;
        sp = push(stack, sp, 0, root, 1);
        sp = push(stack, sp, root, n - 1, 0);
        while (sp > 0) {
            int kind = stack[--sp];
            int j = stack[--sp];
            int i = stack[--sp];
            if (i >= j) {
                continue;
            }
            switch (kind) {
                case 0 -> { // complete, head i
                    int k = splitC[i][j];
                    sp = push(stack, sp, i, k, 2);
                    sp = push(stack, sp, k, j, 0);
                }
                case 1 -> { // complete, head j
                    int k = splitCl[i][j];
                    sp = push(stack, sp, i, k, 1);
                    sp = push(stack, sp, k, j, 3);
                }
                case 2 -> { // incomplete, arc i -> j
                    heads[j] = i;
                    int k = splitI[i][j];
                    sp = push(stack, sp, i, k, 0);
                    sp = push(stack, sp, k + 1, j, 1);
                }
                default -> { // incomplete, arc j -> i
                    heads[i] = j;
                    int k = splitI[i][j];
                    sp = push(stack, sp, i, k, 0);
                    sp = push(stack, sp, k + 1, j, 1);
                }
            }
        }
        return heads;
    }

    private static int push(int[] stack, int sp, int i, int j, int kind) {
        stack[sp++] = i;
        stack[sp++] = j;
        stack[sp++] = kind;
        return sp;
    }
}
