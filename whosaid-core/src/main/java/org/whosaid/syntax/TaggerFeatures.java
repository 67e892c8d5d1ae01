package org.whosaid.syntax;

/**
 * Feature extraction for the tagger, shared by training and tagging so the two cannot drift. The
 * word-level atoms (hashes of the form, lower case, affixes, shape) are computed once per sentence
 * into arrays padded by two sentinels on each side; per position only ints are combined.
 */
final class TaggerFeatures {

    /** Bump when any feature changes; stored in the model header. */
    static final int VERSION = 1;
    static final int MAX_FEATURES = 24;
    private static final int PAD = 2;
    private static final int START = 0x53544152;
    private static final int END = 0x454e4421;

    final int n;
    final int[] word;
    final int[] lower;
    final int[] suf1;
    final int[] suf2;
    final int[] suf3;
    final int[] suf4;
    final int[] pre1;
    final int[] pre2;
    final int[] shape;

    TaggerFeatures(String[] words) {
        n = words.length;
        int len = n + 2 * PAD;
        word = new int[len];
        lower = new int[len];
        suf1 = new int[len];
        suf2 = new int[len];
        suf3 = new int[len];
        suf4 = new int[len];
        pre1 = new int[len];
        pre2 = new int[len];
        shape = new int[len];
        for (int p = 0; p < PAD; p++) {
            fillSentinel(p, START + p);
            fillSentinel(len - 1 - p, END + p);
        }
        // each word is lower-cased once (char by char, as Hashing.lowerChars does) and the lower-case
        // hashes are taken from that copy
        char[] low = new char[16];
        for (int i = 0; i < n; i++) {
            String w = words[i];
            int k = i + PAD;
            int l = w.length();
            if (low.length < l) {
                low = new char[l];
            }
            for (int c = 0; c < l; c++) {
                low[c] = Character.toLowerCase(w.charAt(c));
            }
            word[k] = Hashing.chars(w, 0, l);
            lower[k] = Hashing.chars(low, 0, l);
            suf1[k] = Hashing.chars(low, Math.max(0, l - 1), l);
            suf2[k] = l >= 2 ? Hashing.chars(low, l - 2, l) : ~lower[k];
            suf3[k] = l >= 3 ? Hashing.chars(low, l - 3, l) : ~lower[k];
            suf4[k] = l >= 4 ? Hashing.chars(low, l - 4, l) : ~lower[k];
            pre1[k] = Hashing.chars(w, 0, Math.min(1, l));
            pre2[k] = l >= 2 ? Hashing.chars(low, 0, 2) : ~lower[k];
            shape[k] = shape(w);
        }
    }

    private void fillSentinel(int k, int v) {
        word[k] = v;
        lower[k] = v;
        suf1[k] = v;
        suf2[k] = v;
        suf3[k] = v;
        suf4[k] = v;
        pre1[k] = v;
        pre2[k] = v;
        shape[k] = v;
    }

    /** Hash of the word's shape: X for upper, x lower, d digit, other chars as is, runs collapsed. */
    static int shape(String w) {
        int h = 0x811c9dc5;
        char last = 0;
        int run = 0;
        int l = Math.min(w.length(), 64);
        for (int i = 0; i < l; i++) {
            char c = w.charAt(i);
            char s;
            if (Character.isUpperCase(c)) {
                s = 'X';
            } else if (Character.isLowerCase(c)) {
                s = 'x';
            } else if (Character.isDigit(c)) {
                s = 'd';
            } else if (Character.isLetter(c)) {
                s = 'l';
            } else {
                s = c;
            }
            if (s == last) {
                // keep short runs distinct (d vs dd vs dddd) but collapse long ones
                if (++run > 3 && s != 'd') {
                    continue;
                }
                if (run > 4) {
                    continue;
                }
            } else {
                run = 1;
                last = s;
            }
            h = (h ^ s) * 0x01000193;
        }
        return h;
    }

    /**
     * Writes the features of position {@code i} into {@code out} given the two previous tags
     * (tag ids; -1 and -2 stand for before the sentence) and returns how many.
     */
    int extract(int i, int p1, int p2, int[] out) {
        int k = i + PAD;
        int n = 0;
        out[n++] = Hashing.feature(0, 1);
        out[n++] = Hashing.feature(1, word[k]);
        out[n++] = Hashing.feature(2, lower[k]);
        out[n++] = Hashing.feature(3, suf1[k]);
        out[n++] = Hashing.feature(4, suf2[k]);
        out[n++] = Hashing.feature(5, suf3[k]);
        out[n++] = Hashing.feature(6, suf4[k]);
        out[n++] = Hashing.feature(7, pre1[k]);
        out[n++] = Hashing.feature(8, pre2[k]);
        out[n++] = Hashing.feature(9, shape[k]);
        out[n++] = Hashing.feature(10, p1);
        out[n++] = Hashing.feature(11, p2, p1);
        out[n++] = Hashing.feature(12, p1, lower[k]);
        out[n++] = Hashing.feature(13, lower[k - 1]);
        out[n++] = Hashing.feature(14, suf3[k - 1]);
        out[n++] = Hashing.feature(15, lower[k - 2]);
        out[n++] = Hashing.feature(16, lower[k + 1]);
        out[n++] = Hashing.feature(17, suf3[k + 1]);
        out[n++] = Hashing.feature(18, lower[k + 2]);
        out[n++] = Hashing.feature(19, shape[k + 1]);
        out[n++] = Hashing.feature(20, lower[k - 1], lower[k]);
        out[n++] = Hashing.feature(21, lower[k], lower[k + 1]);
        out[n++] = Hashing.feature(22, p1, suf3[k]);
        out[n++] = Hashing.feature(23, i == 0 ? 1 : 0, shape[k]);
        return n;
    }

    /** Hash of the exact (normalized) form of word {@code i}, used by the tag dictionary. */
    int wordKey(int i) {
        return Hashing.feature(100, word[i + PAD]);
    }
}
