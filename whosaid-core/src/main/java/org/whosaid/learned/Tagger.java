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
        transScaled = new float[transitions.length];
        for (int i = 0; i < transitions.length; i++) {
            transScaled[i] = transitions[i] * scale;
        }
        startScaled = new float[labels];
        for (int i = 0; i < labels; i++) {
            startScaled[i] = start[i] * scale;
        }
    }

    /**
     * Tags {@code len} positions whose features are {@code features[t * slots ...]} (-1 = absent).
     *
     * @param emit scratch of at least {@code len * labels} floats
     */
    void tag(int[] features, int slots, int len, boolean[] outsideOnly, float[] emit, int[] out) {
        for (int t = 0; t < len; t++) {
            int base = t * slots;
            for (int y = 0; y < labels; y++) {
                emit[t * labels + y] = 0;
            }
            for (int s = 0; s < slots; s++) {
                int f = features[base + s];
                if (f < 0) {
                    continue;
                }
                int w = f * labels;
                for (int y = 0; y < labels; y++) {
                    emit[t * labels + y] += weights[w + y];
                }
            }
            for (int y = 0; y < labels; y++) {
                emit[t * labels + y] *= scale;
            }
        }
        Viterbi.decode(emit, len, labels, transScaled, startScaled, outsideOnly, out);
    }
}
