package org.whosaid.learned;

import java.util.Objects;

/**
 * A trained linear sequence tagger: quantized weights per (hashed feature, label), transition and
 * start scores, all in units of {@link #scale}. Immutable once built; {@link #tag} is thread-safe.
 */
final class Tagger {

    final int roles;
    final int labels;
    final int bits;
    final float scale;
    /** {@code (1 << bits) * labels} weights, feature-major. */
    final short[] weights;
    final short[] transitions;
    final short[] start;
    private final float[] transScaled;
    private final float[] startScaled;

    Tagger(int roles, int bits, float scale, short[] weights, short[] transitions, short[] start) {
        if (roles < 1 || roles > 8) {
            throw new IllegalArgumentException("roles must be in 1..8, was " + roles);
        }
        if (bits < 8 || bits > 26) {
            throw new IllegalArgumentException("feature bits must be in 8..26, was " + bits);
        }
        this.roles = roles;
        this.labels = 1 + 2 * roles;
        this.bits = bits;
        this.scale = scale;
        this.weights = Objects.requireNonNull(weights);
        this.transitions = Objects.requireNonNull(transitions);
        this.start = Objects.requireNonNull(start);
        if (weights.length != (1 << bits) * labels || transitions.length != labels * labels || start.length != labels) {
            throw new IllegalArgumentException("weight arrays do not match " + labels + " labels and " + bits + " bits");
        }
        float[] trans = new float[transitions.length];
        for (int i = 0; i < transitions.length; i++) {
            trans[i] = transitions[i] * scale;
        }
        transScaled = Viterbi.constrained(trans, labels);
        startScaled = new float[labels];
        for (int i = 0; i < labels; i++) {
            startScaled[i] = start[i] * scale;
        }
    }

    /**
     * Tags {@code len} positions whose features are {@code features[t * slots ...]} (-1 = absent);
     * the labels land in {@code scratch.labels}.
     */
    void tag(int[] features, int slots, int len, boolean[] outsideOnly, Scratch scratch) {
        scratch.ensure(len, slots, labels);
        float[] emit = scratch.emit;
        if (labels == 3) {
            emit3(features, slots, len, emit);
        } else if (labels == 5) {
            emit5(features, slots, len, emit);
        } else {
            emitAny(features, slots, len, emit);
        }
        Viterbi.decode(emit, len, labels, transScaled, startScaled, outsideOnly, scratch.labels, scratch.score,
                scratch.back);
    }

    // The sums are exact in int (at most slots * 32767), so scaling once gives the same floats as
    // scaling each weight; the unrolled forms keep the five (or three) sums in registers.

    private void emit5(int[] features, int slots, int len, float[] emit) {
        short[] w = weights;
        for (int t = 0; t < len; t++) {
            int base = t * slots;
            int e0 = 0;
            int e1 = 0;
            int e2 = 0;
            int e3 = 0;
            int e4 = 0;
            for (int s = 0; s < slots; s++) {
                int f = features[base + s];
                if (f >= 0) {
                    int o = f * 5;
                    e0 += w[o];
                    e1 += w[o + 1];
                    e2 += w[o + 2];
                    e3 += w[o + 3];
                    e4 += w[o + 4];
                }
            }
            int e = t * 5;
            emit[e] = e0 * scale;
            emit[e + 1] = e1 * scale;
            emit[e + 2] = e2 * scale;
            emit[e + 3] = e3 * scale;
            emit[e + 4] = e4 * scale;
        }
    }

    private void emit3(int[] features, int slots, int len, float[] emit) {
        short[] w = weights;
        for (int t = 0; t < len; t++) {
            int base = t * slots;
            int e0 = 0;
            int e1 = 0;
            int e2 = 0;
            for (int s = 0; s < slots; s++) {
                int f = features[base + s];
                if (f >= 0) {
                    int o = f * 3;
                    e0 += w[o];
                    e1 += w[o + 1];
                    e2 += w[o + 2];
                }
            }
            int e = t * 3;
            emit[e] = e0 * scale;
            emit[e + 1] = e1 * scale;
            emit[e + 2] = e2 * scale;
        }
    }

    private void emitAny(int[] features, int slots, int len, float[] emit) {
        int[] sum = new int[labels];
        for (int t = 0; t < len; t++) {
            java.util.Arrays.fill(sum, 0);
            for (int s = 0; s < slots; s++) {
                int f = features[t * slots + s];
                if (f >= 0) {
                    for (int y = 0; y < labels; y++) {
                        sum[y] += weights[f * labels + y];
                    }
                }
            }
            for (int y = 0; y < labels; y++) {
                emit[t * labels + y] = sum[y] * scale;
            }
        }
    }
}
