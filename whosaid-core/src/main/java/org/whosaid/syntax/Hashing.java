package org.whosaid.syntax;

/**
 * 32-bit feature hashing. A feature is a template number and up to three int atoms (word hashes,
 * tag ids, distances); its key is a well-mixed non-zero int, so model lookups need no strings and
 * no allocation. The functions are fixed: changing them changes every model (bump the feature
 * version in the model header).
 */
final class Hashing {

    private static final int C1 = 0xcc9e2d51;
    private static final int C2 = 0x1b873593;

    private Hashing() {
    }

    /** FNV-1a over {@code s[from, to)}. */
    static int chars(CharSequence s, int from, int to) {
        int h = 0x811c9dc5;
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * 0x01000193;
        }
        return h;
    }

    /** FNV-1a over {@code s[from, to)}; the same hash as {@link #chars(CharSequence, int, int)}. */
    static int chars(char[] s, int from, int to) {
        int h = 0x811c9dc5;
        for (int i = from; i < to; i++) {
            h = (h ^ s[i]) * 0x01000193;
        }
        return h;
    }

    /** FNV-1a over the lower-cased {@code s[from, to)}. */
    static int lowerChars(CharSequence s, int from, int to) {
        int h = 0x811c9dc5;
        for (int i = from; i < to; i++) {
            h = (h ^ Character.toLowerCase(s.charAt(i))) * 0x01000193;
        }
        return h;
    }

    static int feature(int template, int a) {
        return finish(step(step(0x9747b28c, template), a));
    }

    static int feature(int template, int a, int b) {
        return finish(step(step(step(0x9747b28c, template), a), b));
    }

    static int feature(int template, int a, int b, int c) {
        return finish(step(step(step(step(0x9747b28c, template), a), b), c));
    }

    static int feature(int template, int a, int b, int c, int d) {
        return finish(step(step(step(step(step(0x9747b28c, template), a), b), c), d));
    }

    private static int step(int h, int k) {
        k *= C1;
        k = Integer.rotateLeft(k, 15);
        k *= C2;
        h ^= k;
        h = Integer.rotateLeft(h, 13);
        return h * 5 + 0xe6546b64;
    }

    private static int finish(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        // 0 marks an empty slot in the weight tables
        return h == 0 ? 1 : h;
    }
}
