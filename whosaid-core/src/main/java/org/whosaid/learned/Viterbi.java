package org.whosaid.learned;

/**
 * Best label sequence under first-order transitions and BIO constraints. Labels are {@code 0} for
 * outside and {@code 1 + 2r} / {@code 2 + 2r} for the beginning / inside of role {@code r}; an
 * inside label may only follow the beginning or inside of the same role, and positions marked
 * {@code outsideOnly} can only be outside.
 */
final class Viterbi {

    private Viterbi() {
    }

    static boolean allowed(int prev, int label) {
        if (label == 0 || (label & 1) == 1) {
            return true;
        }
        return prev == label || prev == label - 1;
    }

    /**
     * Transition scores with the BIO constraints folded in: a forbidden transition scores negative
     * infinity, so decoding needs no test per pair.
     */
    static float[] constrained(float[] trans, int labels) {
        float[] c = new float[labels * labels];
        for (int p = 0; p < labels; p++) {
            for (int y = 0; y < labels; y++) {
                c[p * labels + y] = allowed(p, y) ? trans[p * labels + y] : Float.NEGATIVE_INFINITY;
            }
        }
        return c;
    }

    /** Like {@link #decode(float[], int, int, float[], float[], boolean[], int[], float[], int[])} with fresh scratch. */
    static void decode(float[] emit, int len, int labels, float[] trans, float[] start, boolean[] outsideOnly,
                       int[] out) {
        decode(emit, len, labels, constrained(trans, labels), start, outsideOnly, out,
                new float[len * labels], new int[len * labels]);
    }

    /**
     * @param emit        {@code len * labels} emission scores
     * @param trans       {@code labels * labels} transition scores, [previous * labels + next], with
     *                    forbidden transitions at negative infinity (see {@link #constrained})
     * @param start       {@code labels} scores of the first label
     * @param outsideOnly null, or per position whether only label 0 is allowed
     * @param out         receives the best labels, length at least {@code len}
     * @param score       scratch of at least {@code len * labels} floats
     * @param back        scratch of at least {@code len * labels} ints
     */
    static void decode(float[] emit, int len, int labels, float[] trans, float[] start, boolean[] outsideOnly,
                       int[] out, float[] score, int[] back) {
        if (len == 0) {
            return;
        }
        float neg = Float.NEGATIVE_INFINITY;
        for (int y = 0; y < labels; y++) {
            boolean ok = (y == 0 || (y & 1) == 1) && (outsideOnly == null || !outsideOnly[0] || y == 0);
            score[y] = ok ? start[y] + emit[y] : neg;
        }
        for (int t = 1; t < len; t++) {
            boolean onlyO = outsideOnly != null && outsideOnly[t];
            int prev = (t - 1) * labels;
            int cur = t * labels;
            for (int y = 0; y < labels; y++) {
                float best = neg;
                int arg = 0;
                if (!onlyO || y == 0) {
                    for (int p = 0; p < labels; p++) {
                        float s = score[prev + p] + trans[p * labels + y];
                        if (s > best) {
                            best = s;
                            arg = p;
                        }
                    }
                }
                score[cur + y] = best == neg ? neg : best + emit[cur + y];
                back[cur + y] = arg;
            }
        }
        int bestY = 0;
        float best = neg;
        for (int y = 0; y < labels; y++) {
            if (score[(len - 1) * labels + y] > best) {
                best = score[(len - 1) * labels + y];
                bestY = y;
            }
        }
        for (int t = len - 1; t >= 0; t--) {
            out[t] = bestY;
            bestY = back[t * labels + bestY];
        }
    }
}
