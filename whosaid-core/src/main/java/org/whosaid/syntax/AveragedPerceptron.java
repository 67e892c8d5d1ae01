package org.whosaid.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Training-time multiclass perceptron over hashed feature keys, with averaging by the "w - u/c"
 * trick (no per-weight timestamps). Rows are created on first update; {@link #export} averages,
 * prunes and quantizes into an immutable {@link WeightTable}. Not thread-safe: one per trainer.
 */
final class AveragedPerceptron {

    private final int numClasses;
    /** Open addressing, pairs (key, row) side by side so a probe touches one cache line; key 0 = empty. */
    private int[] slots = new int[2 << 16];
    private int rows;
    private float[] w = new float[0];
    /** Sum of step * update; double because it grows to ~1e13 for frequent features. */
    private double[] u = new double[0];
    private long step = 1;

    AveragedPerceptron(int numClasses) {
        if (numClasses < 1 || numClasses > 255) {
            throw new IllegalArgumentException("numClasses must be 1..255, got " + numClasses);
        }
        this.numClasses = numClasses;
    }

    int rows() {
        return rows;
    }

    /** Current (not averaged) scores, used to find mistakes while training. */
    void score(int[] feats, int n, float[] scores) {
        java.util.Arrays.fill(scores, 0, numClasses, 0f);
        for (int i = 0; i < n; i++) {
            int r = find(feats[i]);
            if (r >= 0) {
                int base = r * numClasses;
                for (int c = 0; c < numClasses; c++) {
                    scores[c] += w[base + c];
                }
            }
        }
    }

    void update(int[] feats, int n, int truth, int guess) {
        if (truth == guess) {
            return;
        }
        for (int i = 0; i < n; i++) {
            int base = row(feats[i]) * numClasses;
            w[base + truth] += 1f;
            u[base + truth] += step;
            w[base + guess] -= 1f;
            u[base + guess] -= step;
        }
    }

    /** Adds {@code delta} to the weights of class {@code cls} for these features (structured updates). */
    void add(int[] feats, int n, int cls, float delta) {
        for (int i = 0; i < n; i++) {
            int at = row(feats[i]) * numClasses + cls;
            w[at] += delta;
            u[at] += step * (double) delta;
        }
    }

    /** Advances the averaging clock; call once per training example. */
    void tick() {
        step++;
    }

    /**
     * Averages, drops weights below {@code prune} in absolute value, drops empty rows, and quantizes
     * to 16 bits with one scale.
     */
    WeightTable export(float prune) {
        float max = 0f;
        float[] avg = new float[rows * numClasses];
        for (int i = 0; i < avg.length; i++) {
            avg[i] = (float) (w[i] - u[i] / step);
            max = Math.max(max, Math.abs(avg[i]));
        }
        float scale = max == 0f ? 1f : max / 32767f;
        List<Integer> keptKeys = new ArrayList<>();
        List<int[]> keptRows = new ArrayList<>();
        int[] buf = new int[numClasses];
        for (int s = 0; s < slots.length; s += 2) {
            if (slots[s] == 0) {
                continue;
            }
            int base = slots[s + 1] * numClasses;
            int n = 0;
            for (int c = 0; c < numClasses; c++) {
                float v = avg[base + c];
                if (Math.abs(v) >= prune) {
                    int q = Math.round(v / scale);
                    if (q != 0) {
                        buf[n++] = (c << 16) | (q & 0xffff);
                    }
                }
            }
            if (n > 0) {
                keptKeys.add(slots[s]);
                keptRows.add(java.util.Arrays.copyOf(buf, n));
            }
        }
        int[] k = new int[keptKeys.size()];
        for (int i = 0; i < k.length; i++) {
            k[i] = keptKeys.get(i);
        }
        return WeightTable.of(numClasses, scale, k, keptRows.toArray(new int[0][]));
    }

    private int find(int key) {
        int mask = (slots.length >> 1) - 1;
        int s = key & mask;
        while (true) {
            int k = slots[2 * s];
            if (k == key) {
                return slots[2 * s + 1];
            }
            if (k == 0) {
                return -1;
            }
            s = (s + 1) & mask;
        }
    }

    private int row(int key) {
        int mask = (slots.length >> 1) - 1;
        int s = key & mask;
        while (true) {
            int k = slots[2 * s];
            if (k == key) {
                return slots[2 * s + 1];
            }
            if (k == 0) {
                break;
            }
            s = (s + 1) & mask;
        }
        slots[2 * s] = key;
        int r = rows++;
        slots[2 * s + 1] = r;
        if ((long) rows * numClasses > w.length) {
            long grown = Math.max(1024L * numClasses, (long) w.length * 2);
            if (grown > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("perceptron too large: " + rows + " rows");
            }
            w = java.util.Arrays.copyOf(w, (int) grown);
            u = java.util.Arrays.copyOf(u, (int) grown);
        }
        if (rows * 4 > slots.length) {
            rehash();
        }
        return r;
    }

    private void rehash() {
        int[] old = slots;
        slots = new int[old.length * 2];
        int mask = (slots.length >> 1) - 1;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0) {
                int s = old[i] & mask;
                while (slots[2 * s] != 0) {
                    s = (s + 1) & mask;
                }
                slots[2 * s] = old[i];
                slots[2 * s + 1] = old[i + 1];
            }
        }
    }
}
