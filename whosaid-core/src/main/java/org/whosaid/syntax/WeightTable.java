package org.whosaid.syntax;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Immutable, pruned and quantized perceptron weights: for each hashed feature key, a sparse row of
 * (class, 16-bit weight) pairs. All weights share one scale, so scores are summed as ints and the
 * argmax is the same as with the float weights.
 *
 * <p>The layout is chosen for tagging, where most lookups are of rare word features whose rows
 * are not in the CPU cache: an open-addressing table of four-int slots holds the key together with
 * a short row (most rows have one or two entries), so such a lookup touches one cache line; longer
 * rows live in a second array. Long rows (the bias, tag-context, suffix and shape features that
 * nearly every token looks up) are kept dense as well, so adding them is a straight loop over the
 * classes instead of one scattered add per entry. Integer sums do not depend on the order of the
 * additions, so every layout gives the same scores.
 */
final class WeightTable {

    /** Entries a slot holds next to its key. */
    private static final int SHORT_ROW = 2;
    /** Header flag of a long row stored dense as well as sparse. */
    private static final int DENSE = 1 << 16;
    /**
     * Rows with at least this many entries (and at least a quarter of the classes) are also stored
     * dense: under 3% of the tagger's features, but most of the weights it adds per token.
     */
    private static final int DENSE_MIN = 8;

    private final int numClasses;
    private final float scale;
    /**
     * Four ints per slot: key (0 marks an empty slot), head, and two entries. A head of
     * {@code -1 - n} means a short row of n entries held in the slot itself; a head of 0 or more is
     * the offset of a long row in {@link #rows}.
     */
    private final int[] slots;
    private final int mask;
    /**
     * Long rows. At each offset: a header (the entry count n, plus {@link #DENSE} for a dense row),
     * for a dense row then {@link #numClasses} weights, one per class, and then the n sparse
     * entries {@code class << 16 | (weight & 0xffff)}, kept for {@link #write} and {@link #pruned}.
     */
    private final int[] rows;
    private final int features;
    /**
     * For tables of at most four classes (the parser's transitions), a second layout with the
     * weights next to the key: (key, w0 << 16 | w1, w2 << 16 | w3) per slot, so a lookup touches
     * one cache line. Null for wider tables.
     */
    private final int[] inline;

    private WeightTable(int numClasses, float scale, int[] keys, int[][] rowsByKey) {
        this.numClasses = numClasses;
        this.scale = scale;
        this.features = keys.length;
        // load factor below 2/3: probes stay short and there is always an empty slot to stop at
        int cap = Integer.highestOneBit(Math.max(3, keys.length + (keys.length >> 1))) << 1;
        this.slots = new int[cap * 4];
        this.mask = cap - 1;
        int total = 0;
        for (int[] r : rowsByKey) {
            if (r.length > SHORT_ROW) {
                total += 1 + r.length + (dense(r.length, numClasses) ? numClasses : 0);
            }
        }
        this.rows = new int[total];
        int at = 0;
        for (int f = 0; f < keys.length; f++) {
            int s = keys[f] & mask;
            while (slots[4 * s] != 0) {
                s = (s + 1) & mask;
            }
            int[] row = rowsByKey[f];
            slots[4 * s] = keys[f];
            if (row.length <= SHORT_ROW) {
                slots[4 * s + 1] = -1 - row.length;
                System.arraycopy(row, 0, slots, 4 * s + 2, row.length);
                continue;
            }
            slots[4 * s + 1] = at;
            if (dense(row.length, numClasses)) {
                rows[at++] = DENSE | row.length;
                for (int v : row) {
                    rows[at + (v >>> 16)] += (short) v;
                }
                at += numClasses;
            } else {
                rows[at++] = row.length;
            }
            System.arraycopy(row, 0, rows, at, row.length);
            at += row.length;
        }
        if (numClasses <= 4) {
            inline = new int[cap * 3];
            for (int f = 0; f < keys.length; f++) {
                int s = keys[f] & mask;
                while (inline[3 * s] != 0) {
                    s = (s + 1) & mask;
                }
                short[] dense = new short[4];
                for (int v : rowsByKey[f]) {
                    dense[v >>> 16] = (short) v;
                }
                inline[3 * s] = keys[f];
                inline[3 * s + 1] = (dense[0] << 16) | (dense[1] & 0xffff);
                inline[3 * s + 2] = (dense[2] << 16) | (dense[3] & 0xffff);
            }
        } else {
            inline = null;
        }
    }

    private static boolean dense(int rowLength, int numClasses) {
        // the parser's narrow tables have their own inline layout
        return numClasses > 4 && rowLength >= DENSE_MIN && rowLength * 4 >= numClasses;
    }

    /**
     * Builds a table from keys (distinct, non-zero, any order) and their rows of packed entries
     * {@code class << 16 | (quantized weight & 0xffff)}.
     */
    static WeightTable of(int numClasses, float scale, int[] keys, int[][] rows) {
        if (numClasses < 1 || numClasses > 255) {
            throw new IllegalArgumentException("numClasses must be 1..255, got " + numClasses);
        }
        return new WeightTable(numClasses, scale, keys, rows);
    }

    int numClasses() {
        return numClasses;
    }

    int features() {
        return features;
    }

    /** Adds the weights of feature {@code key} to {@code scores} (quantized units). */
    void addTo(int key, int[] scores) {
        if (inline != null) {
            addInline(key, scores);
            return;
        }
        addTo(key, scores, 0);
    }

    /**
     * Adds the weights of feature {@code key} to {@code scores[at, at + numClasses)}, for callers
     * that keep several positions' scores in one array. Not for tables of at most four classes.
     */
    void addTo(int key, int[] scores, int at) {
        int[] sl = slots;
        int s = key & mask;
        while (true) {
            int k = sl[4 * s];
            if (k == key) {
                int head = sl[4 * s + 1];
                if (head < 0) {
                    // short row: zero, one or two entries in the slot
                    if (head <= -2) {
                        int v = sl[4 * s + 2];
                        scores[at + (v >>> 16)] += (short) v;
                        if (head == -3) {
                            v = sl[4 * s + 3];
                            scores[at + (v >>> 16)] += (short) v;
                        }
                    }
                } else {
                    addRow(head, scores, at);
                }
                return;
            }
            if (k == 0) {
                return;
            }
            s = (s + 1) & mask;
        }
    }

    /** Adds the long row at {@code row} to {@code scores[at, at + numClasses)}. */
    private void addRow(int row, int[] scores, int at) {
        int[] r = rows;
        int header = r[row];
        if ((header & DENSE) != 0) {
            int from = row + 1;
            for (int c = 0; c < numClasses; c++) {
                scores[at + c] += r[from + c];
            }
            return;
        }
        int end = row + 1 + header;
        for (int i = row + 1; i < end; i++) {
            int v = r[i];
            scores[at + (v >>> 16)] += (short) v;
        }
    }

    /** The sparse entries of the row in slot {@code s}, as stored. */
    private int[] row(int s) {
        int head = slots[4 * s + 1];
        if (head < 0) {
            return java.util.Arrays.copyOfRange(slots, 4 * s + 2, 4 * s + 2 + (-1 - head));
        }
        int header = rows[head];
        int first = head + 1 + ((header & DENSE) != 0 ? numClasses : 0);
        return java.util.Arrays.copyOfRange(rows, first, first + (header & (DENSE - 1)));
    }

    private void addInline(int key, int[] scores) {
        int[] sl = inline;
        int s = key & mask;
        while (true) {
            int k = sl[3 * s];
            if (k == key) {
                int a = sl[3 * s + 1];
                int b = sl[3 * s + 2];
                // scores has numClasses entries; the unused inline weights are zero
                switch (scores.length) {
                    case 4:
                        scores[3] += (short) b;
                        // fall through
                    case 3:
                        scores[2] += b >> 16;
                        // fall through
                    case 2:
                        scores[1] += (short) a;
                        // fall through
                    default:
                        scores[0] += a >> 16;
                }
                return;
            }
            if (k == 0) {
                return;
            }
            s = (s + 1) & mask;
        }
    }

    /** A copy without the weights smaller than {@code threshold} in absolute value (and empty rows). */
    WeightTable pruned(float threshold) {
        int q = (int) Math.ceil(threshold / scale);
        int[] keys = new int[features];
        int[][] keptRows = new int[features][];
        int kept = 0;
        for (int s = 0; s <= mask; s++) {
            if (slots[4 * s] == 0) {
                continue;
            }
            int[] all = row(s);
            int[] row = new int[all.length];
            int n = 0;
            for (int v : all) {
                if (Math.abs((short) v) >= q) {
                    row[n++] = v;
                }
            }
            if (n > 0) {
                keys[kept] = slots[4 * s];
                keptRows[kept++] = java.util.Arrays.copyOf(row, n);
            }
        }
        return new WeightTable(numClasses, scale, java.util.Arrays.copyOf(keys, kept),
                java.util.Arrays.copyOf(keptRows, kept));
    }

    /** Writes keys in ascending unsigned order as varint deltas, so equal tables give equal bytes. */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(numClasses);
        out.writeFloat(scale);
        out.writeInt(features);
        long[] order = new long[features];
        int n = 0;
        for (int s = 0; s <= mask; s++) {
            if (slots[4 * s] != 0) {
                order[n++] = (Integer.toUnsignedLong(slots[4 * s]) << 32) | s;
            }
        }
        java.util.Arrays.sort(order);
        long prev = 0;
        for (long o : order) {
            long key = o >>> 32;
            writeVarLong(out, key - prev);
            prev = key;
            int[] row = row((int) o);
            out.writeByte(row.length);
            for (int v : row) {
                out.writeByte(v >>> 16);
                out.writeShort(v & 0xffff);
            }
        }
    }

    static WeightTable read(DataInputStream in) throws IOException {
        int numClasses = in.readInt();
        if (numClasses < 1 || numClasses > 255) {
            throw new IOException("bad class count " + numClasses);
        }
        float scale = in.readFloat();
        int features = in.readInt();
        if (features < 0 || features > 50_000_000) {
            throw new IOException("bad feature count " + features);
        }
        int[] keys = new int[features];
        int[][] rows = new int[features][];
        long key = 0;
        for (int f = 0; f < features; f++) {
            key += readVarLong(in);
            if (key == 0 || key > 0xffffffffL) {
                throw new IOException("bad feature key at feature " + f);
            }
            keys[f] = (int) key;
            int count = in.readUnsignedByte();
            int[] row = new int[count];
            for (int i = 0; i < count; i++) {
                int c = in.readUnsignedByte();
                if (c >= numClasses) {
                    throw new IOException("class " + c + " out of range at feature " + f);
                }
                row[i] = (c << 16) | in.readUnsignedShort();
            }
            rows[f] = row;
        }
        return new WeightTable(numClasses, scale, keys, rows);
    }

    private static void writeVarLong(DataOutputStream out, long v) throws IOException {
        while ((v & ~0x7fL) != 0) {
            out.writeByte((int) ((v & 0x7f) | 0x80));
            v >>>= 7;
        }
        out.writeByte((int) v);
    }

    private static long readVarLong(DataInputStream in) throws IOException {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("varint too long");
    }
}
