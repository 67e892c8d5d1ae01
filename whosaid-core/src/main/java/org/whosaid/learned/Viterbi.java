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
     * @param emit        {@code len * labels} emission scores
     * @param trans       {@code labels * labels} transition scores, [previous * labels + next]
     * @param start       {@code labels} scores of the first label
     * @param outsideOnly null, or per position whether only label 0 is allowed
     * @param out         receives the best labels, length at least {@code len}
     */
    static void decode(float[] emit, int len, int labels, float[] trans, float[] start, boolean[] outsideOnly,
                       int[] out) {
        if (len == 0) {
            return;
        }
        float[] score = new float[len * labels];
        int[] back = new int[len * labels];
        float neg = Float.NEGATIVE_INFINITY;
        for (int y = 0; y < labels; y++) {
            boolean ok = (y == 0 || (y & 1) == 1) && (outsideOnly == null || !outsideOnly[0] || y == 0);
            score[y] = ok ? start[y] + emit[y] : neg;
        }
        for (int t = 1; t < len; t++) {
            boolean onlyO = outsideOnly != null && outsideOnly[t];
            for (int y = 0; y < labels; y++) {
                float best = neg;
                int arg = 0;
                if (!onlyO || y == 0) {
                    for (int p = 0; p < labels; p++) {
                        float s = score[(t - 1) * labels + p];
                        if (s == neg || !allowed(p, y)) {
                            continue;
                        }
                        s += trans[p * labels + y];
                        if (s > best) {
                            best = s;
                            arg = p;
                        }
                    }
                }
                score[t * labels + y] = best == neg ? neg : best + emit[t * labels + y];
                back[t * labels + y] = arg;
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
