package org.whosaid.syntax;

import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Immutable, pruned and quantized perceptron weights: for each hashed feature key, a sparse row of
 * (class, 16-bit weight) pairs. All weights share one scale, so scores are summed as ints and the
 * argmax is the same as with the float weights. Lookups go through an open-addressing table whose
 * slots hold the key and the row offset side by side (one cache line per probe).
 */
final class WeightTable {

    private final int numClasses;
    private final float scale;
    /**
     * Pairs (key, offset into {@link #entries}); key 0 marks an empty slot. A hash table for wide
     * tables; for {@link #inline} ones, which are looked up there, just the pairs in key order (no
     * hashing, which saves a pass over the parser's largest tables when loading).
     */
    private final int[] slots;
    private final int mask;
    /**
     * A key's home slot is its top bits ({@code key >>> shift}), not its low ones: keys are read
     * in ascending order, so the table fills front to back instead of at random, which keeps
     * building the parser's large tables at load time in the cache.
     */
    private final int shift;
    /** At each row offset: the entry count n, then n entries {@code class << 16 | (weight & 0xffff)}. */
    private final int[] entries;
    private final int features;
    /**
     * For tables of at most four classes (the parser's transitions), a second layout with the
     * weights next to the key: (key, w0 << 16 | w1, w2 << 16 | w3) per slot, so a lookup touches
     * one cache line instead of two. Null for wider tables.
     */
    private final int[] inline;

    private WeightTable(int numClasses, float scale, int[] keys, int[][] rows) {
        this(numClasses, scale, keys, flatOffsets(rows), flatEntries(rows));
    }

    /**
     * @param offsets per key, where its row starts in {@code flat}
     * @param flat rows one after another, each its entry count then its entries
     */
    private WeightTable(int numClasses, float scale, int[] keys, int[] offsets, int[] flat) {
        this.numClasses = numClasses;
        this.scale = scale;
        this.features = keys.length;
        int cap = Integer.highestOneBit(Math.max(4, keys.length * 2 - 1)) << 1;
        this.mask = cap - 1;
        this.shift = 32 - Integer.numberOfTrailingZeros(cap);
        this.entries = flat;
        if (numClasses <= 4) {
            slots = new int[keys.length * 2];
            for (int f = 0; f < keys.length; f++) {
                slots[2 * f] = keys[f];
                slots[2 * f + 1] = offsets[f];
            }
        } else {
            slots = new int[cap * 2];
            for (int f = 0; f < keys.length; f++) {
                int s = keys[f] >>> shift;
                while (slots[2 * s] != 0) {
                    s = (s + 1) & mask;
                }
                slots[2 * s] = keys[f];
                slots[2 * s + 1] = offsets[f];
            }
        }
        if (numClasses <= 4) {
            inline = new int[cap * 3];
            int[] dense = new int[4];
            for (int f = 0; f < keys.length; f++) {
                int s = keys[f] >>> shift;
                while (inline[3 * s] != 0) {
                    s = (s + 1) & mask;
                }
                java.util.Arrays.fill(dense, 0);
                int at = offsets[f];
                for (int i = at + 1; i <= at + flat[at]; i++) {
                    dense[flat[i] >>> 16] = (short) flat[i];
                }
                inline[3 * s] = keys[f];
                inline[3 * s + 1] = (dense[0] << 16) | (dense[1] & 0xffff);
                inline[3 * s + 2] = (dense[2] << 16) | (dense[3] & 0xffff);
            }
        } else {
            inline = null;
        }
    }

    private static int[] flatOffsets(int[][] rows) {
        int[] offsets = new int[rows.length];
        int at = 0;
        for (int f = 0; f < rows.length; f++) {
            offsets[f] = at;
            at += 1 + rows[f].length;
        }
        return offsets;
    }

    private static int[] flatEntries(int[][] rows) {
        int total = 0;
        for (int[] r : rows) {
            total += 1 + r.length;
        }
        int[] flat = new int[total];
        int at = 0;
        for (int[] r : rows) {
            flat[at++] = r.length;
            System.arraycopy(r, 0, flat, at, r.length);
            at += r.length;
        }
        return flat;
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

    /** The weight of one quantized unit. */
    float scale() {
        return scale;
    }

    /** Adds the weights of feature {@code key} to {@code scores} (quantized units). */
    void addTo(int key, int[] scores) {
        if (inline != null) {
            addInline(key, scores);
            return;
        }
        int[] sl = slots;
        int s = key >>> shift;
        while (true) {
            int k = sl[2 * s];
            if (k == key) {
                int[] e = entries;
                int at = sl[2 * s + 1];
                int end = at + 1 + e[at];
                for (int i = at + 1; i < end; i++) {
                    int v = e[i];
                    scores[v >>> 16] += (short) v;
                }
                return;
            }
            if (k == 0) {
                return;
            }
            s = (s + 1) & mask;
        }
    }

    private void addInline(int key, int[] scores) {
        int[] sl = inline;
        int s = key >>> shift;
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
        int[][] rows = new int[features][];
        int kept = 0;
        for (int s = 0; s < slots.length; s += 2) {
            if (slots[s] == 0) {
                continue;
            }
            int at = slots[s + 1];
            int count = entries[at];
            int[] row = new int[count];
            int n = 0;
            for (int i = at + 1; i <= at + count; i++) {
                if (Math.abs((short) entries[i]) >= q) {
                    row[n++] = entries[i];
                }
            }
            if (n > 0) {
                keys[kept] = slots[s];
                rows[kept++] = java.util.Arrays.copyOf(row, n);
            }
        }
        return new WeightTable(numClasses, scale, java.util.Arrays.copyOf(keys, kept),
                java.util.Arrays.copyOf(rows, kept));
    }

    /** Writes keys in ascending unsigned order as varint deltas, so equal tables give equal bytes. */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(numClasses);
        out.writeFloat(scale);
        out.writeInt(features);
        long[] order = new long[features];
        int n = 0;
        for (int s = 0; s < slots.length; s += 2) {
            if (slots[s] != 0) {
                order[n++] = (Integer.toUnsignedLong(slots[s]) << 32) | slots[s + 1];
            }
        }
        java.util.Arrays.sort(order);
        long prev = 0;
        for (long o : order) {
            long key = o >>> 32;
            int at = (int) o;
            writeVarLong(out, key - prev);
            prev = key;
            int count = entries[at];
            out.writeByte(count);
            for (int i = at + 1; i <= at + count; i++) {
                out.writeByte(entries[i] >>> 16);
                out.writeShort(entries[i] & 0xffff);
            }
        }
    }

    /**
     * Reads a table written by {@link #write}, from bytes in memory (a large model's tables are
     * decoded several times faster from an array than through a stream, byte by byte).
     */
    static WeightTable read(Bytes in) throws IOException {
        int numClasses = in.int32();
        if (numClasses < 1 || numClasses > 255) {
            throw new IOException("bad class count " + numClasses);
        }
        float scale = Float.intBitsToFloat(in.int32());
        int features = in.int32();
        if (features < 0 || features > 50_000_000) {
            throw new IOException("bad feature count " + features);
        }
        int[] keys = new int[features];
        int[] offsets = new int[features];
        int[] flat = new int[Math.max(16, features * 3)];
        // one loop over the array with local cursors: a model is loaded once, in a cold JVM, where
        // a call per byte ran interpreted for most of the parser's first table
        byte[] d = in.data;
        int p = in.at;
        int limit = d.length;
        int at = 0;
        long key = 0;
        for (int f = 0; f < features; f++) {
            long delta = 0;
            int shift = 0;
            while (true) {
                if (p >= limit) {
                    throw new IOException("model data ends early");
                }
                int b = d[p++];
                delta |= (long) (b & 0x7f) << shift;
                if (b >= 0) {
                    break;
                }
                shift += 7;
                if (shift >= 64) {
                    throw new IOException("varint too long");
                }
            }
            key += delta;
            if (key == 0 || key > 0xffffffffL) {
                throw new IOException("bad feature key at feature " + f);
            }
            keys[f] = (int) key;
            if (p >= limit) {
                throw new IOException("model data ends early");
            }
            int count = d[p++] & 0xff;
            if (p + 3 * count > limit) {
                throw new IOException("model data ends early");
            }
            if (at + 1 + count > flat.length) {
                flat = java.util.Arrays.copyOf(flat, Math.max(flat.length * 2, at + 1 + count));
            }
            offsets[f] = at;
            flat[at++] = count;
            for (int i = 0; i < count; i++) {
                int c = d[p] & 0xff;
                if (c >= numClasses) {
                    throw new IOException("class " + c + " out of range at feature " + f);
                }
                flat[at++] = (c << 16) | (d[p + 1] & 0xff) << 8 | (d[p + 2] & 0xff);
                p += 3;
            }
        }
        in.at = p;
        return new WeightTable(numClasses, scale, keys, offsets, java.util.Arrays.copyOf(flat, at));
    }

    /** A read cursor over bytes in memory, big-endian like {@link java.io.DataInputStream}. */
    static final class Bytes {
        private final byte[] data;
        private int at;

        Bytes(byte[] data) {
            this.data = data;
        }

        boolean exhausted() {
            return at == data.length;
        }

        int u8() throws IOException {
            if (at >= data.length) {
                throw new IOException("model data ends early");
            }
            return data[at++] & 0xff;
        }

        int u16() throws IOException {
            return u8() << 8 | u8();
        }

        int int32() throws IOException {
            return u16() << 16 | u16();
        }
    }

    private static void writeVarLong(DataOutputStream out, long v) throws IOException {
        while ((v & ~0x7fL) != 0) {
            out.writeByte((int) ((v & 0x7f) | 0x80));
            v >>>= 7;
        }
        out.writeByte((int) v);
    }
}
