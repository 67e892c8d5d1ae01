package org.whosaid.learned;

import java.util.List;
import java.util.Random;

/**
 * Trains one {@link Tagger} with the averaged structured perceptron: decode each example with the
 * current weights, and where the best sequence differs from the gold one, add the gold features
 * and subtract the predicted ones. Averaging uses the usual timestamp trick. Examples are visited
 * in an order drawn from a fixed seed, single-threaded, so training is reproducible.
 */
final class Perceptron {

    /** One training sequence: {@code len * slots} feature indexes, gold labels, forced-outside positions. */
    record Example(int[] features, int len, int[] gold, boolean[] outsideOnly) {
    }

    private final int roles;
    private final int labels;
    private final int bits;
    private final int slots;
    private final int[] w;
    private final long[] u;
    private final int[] tw;
    private final long[] tu;
    private final int[] sw;
    private final long[] su;
    private long clock = 1;

    Perceptron(int roles, int bits, int slots) {
        this.roles = roles;
        this.labels = 1 + 2 * roles;
        this.bits = bits;
        this.slots = slots;
        w = new int[(1 << bits) * labels];
        u = new long[w.length];
        tw = new int[labels * labels];
        tu = new long[tw.length];
        sw = new int[labels];
        su = new long[labels];
    }

    Tagger train(List<Example> examples, int epochs, long seed, double prune) {
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        int longest = 1;
        for (Example e : examples) {
            longest = Math.max(longest, e.len());
        }
        float[] emit = new float[longest * labels];
        float[] trans = new float[labels * labels];
        float[] start = new float[labels];
        int[] pred = new int[longest];
        float[] score = new float[longest * labels];
        int[] back = new int[longest * labels];
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int idx : order) {
                Example e = examples.get(idx);
                for (int p = 0; p < labels; p++) {
                    for (int y = 0; y < labels; y++) {
                        trans[p * labels + y] = Viterbi.allowed(p, y) ? tw[p * labels + y] : Float.NEGATIVE_INFINITY;
                    }
                }
                for (int k = 0; k < labels; k++) {
                    start[k] = sw[k];
                }
                emissions(e, emit);
                Viterbi.decode(emit, e.len(), labels, trans, start, e.outsideOnly(), pred, score, back);
                update(e, pred);
                clock++;
            }
        }
        return average(prune);
    }

    private void emissions(Example e, float[] emit) {
        int[] f = e.features();
        for (int t = 0; t < e.len(); t++) {
            int base = t * labels;
            for (int y = 0; y < labels; y++) {
                emit[base + y] = 0;
            }
            for (int s = 0; s < slots; s++) {
                int feat = f[t * slots + s];
                if (feat < 0) {
                    continue;
                }
                int o = feat * labels;
                for (int y = 0; y < labels; y++) {
                    emit[base + y] += w[o + y];
                }
            }
        }
    }

    private void update(Example e, int[] pred) {
        int[] gold = e.gold();
        int[] f = e.features();
        for (int t = 0; t < e.len(); t++) {
            int g = gold[t];
            int p = pred[t];
            if (g != p) {
                for (int s = 0; s < slots; s++) {
                    int feat = f[t * slots + s];
                    if (feat >= 0) {
                        bump(w, u, feat * labels + g, 1);
                        bump(w, u, feat * labels + p, -1);
                    }
                }
            }
            int gp = t == 0 ? -1 : gold[t - 1];
            int pp = t == 0 ? -1 : pred[t - 1];
            if (g != p || gp != pp) {
                if (t == 0) {
                    bump(sw, su, g, 1);
                    bump(sw, su, p, -1);
                } else {
                    bump(tw, tu, gp * labels + g, 1);
                    bump(tw, tu, pp * labels + p, -1);
                }
            }
        }
    }

    private void bump(int[] weights, long[] acc, int i, int d) {
        weights[i] += d;
        acc[i] += clock * d;
    }

    private Tagger average(double prune) {
        double max = 1e-9;
        double[] avg = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            double a = w[i] - (double) u[i] / clock;
            if (Math.abs(a) < prune) {
                a = 0;
            }
            avg[i] = a;
            max = Math.max(max, Math.abs(a));
        }
        double[] tavg = new double[tw.length];
        for (int i = 0; i < tw.length; i++) {
            tavg[i] = tw[i] - (double) tu[i] / clock;
            max = Math.max(max, Math.abs(tavg[i]));
        }
        double[] savg = new double[sw.length];
        for (int i = 0; i < sw.length; i++) {
            savg[i] = sw[i] - (double) su[i] / clock;
            max = Math.max(max, Math.abs(savg[i]));
        }
        float scale = (float) (max / 32767.0);
        return new Tagger(roles, bits, scale, quantize(avg, scale), quantize(tavg, scale), quantize(savg, scale));
    }

    private static short[] quantize(double[] values, float scale) {
        short[] q = new short[values.length];
        for (int i = 0; i < values.length; i++) {
            long r = Math.round(values[i] / scale);
            q[i] = (short) Math.max(-32767, Math.min(32767, r));
        }
        return q;
    }
}
