package org.whosaid.syntax;

/** Immutable int-to-int map over non-zero keys (open addressing); {@code get} returns -1 when absent. */
final class IntMap {

    private final int[] keys;
    private final int[] values;
    private final int mask;

    IntMap(int[] ks, int[] vs) {
        int cap = Integer.highestOneBit(Math.max(4, ks.length * 2 - 1)) << 1;
        keys = new int[cap];
        values = new int[cap];
        mask = cap - 1;
        for (int i = 0; i < ks.length; i++) {
            if (ks[i] == 0) {
                throw new IllegalArgumentException("key 0 is reserved");
            }
            int s = ks[i] & mask;
            while (keys[s] != 0 && keys[s] != ks[i]) {
                s = (s + 1) & mask;
            }
            keys[s] = ks[i];
            values[s] = vs[i];
        }
    }

    int get(int key) {
        int s = key & mask;
        while (true) {
            int k = keys[s];
            if (k == key) {
                return values[s];
            }
            if (k == 0) {
                return -1;
            }
            s = (s + 1) & mask;
        }
    }
}
