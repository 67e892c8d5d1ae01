package org.whosaid.learned;

/**
 * Work arrays for tagging one article: feature indexes, emission scores, Viterbi tables and
 * labels, grown on demand. One per {@link LearnedModel#find} call, never shared between threads,
 * so the model itself stays immutable.
 */
final class Scratch {

    int[] feats = new int[0];
    float[] emit = new float[0];
    float[] score = new float[0];
    int[] back = new int[0];
    int[] labels = new int[0];
    boolean[] outsideOnly = new boolean[0];

    /** Makes room for {@code len} positions of {@code slots} features and {@code labelCount} labels. */
    void ensure(int len, int slots, int labelCount) {
        if (feats.length < len * slots) {
            feats = new int[len * slots];
        }
        if (emit.length < len * labelCount) {
            emit = new float[len * labelCount];
            score = new float[len * labelCount];
            back = new int[len * labelCount];
        }
        if (labels.length < len) {
            labels = new int[len];
            outsideOnly = new boolean[len];
        }
    }
}
