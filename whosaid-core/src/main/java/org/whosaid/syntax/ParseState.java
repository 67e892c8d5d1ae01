package org.whosaid.syntax;

import java.util.Arrays;

/**
 * A configuration of the arc-hybrid transition system over one sentence, with the feature
 * extraction of both classifiers (shared by training and parsing so they cannot drift). Actions:
 * SHIFT moves b0 onto the stack; LEFT makes s0 a dependent of b0 and pops it; RIGHT makes s0 a
 * dependent of s1 and pops it. There is no artificial root token: RIGHT needs two stack items and
 * LEFT a buffer item, so every legal sequence ends with one token on the stack (the root) and the
 * arcs form a single tree, whatever the scores.
 */
final class ParseState {

    /** Bump when any feature changes; stored in the model header. */
    static final int VERSION = 3;
    static final int MAX_FEATURES = 64;
    static final int SHIFT = 0;
    static final int LEFT = 1;
    static final int RIGHT = 2;
    static final int ACTIONS = 3;

    private static final int NONE = 0x4e4f4e45;

    final int n;
    private final int[] word;
    private final int[] tag;
    private final int[] verbsFrom;
    final int[] stack;
    int sp;
    int b;
    final int[] heads;
    final int[] labels;
    private final int[] lc1;
    private final int[] lc2;
    private final int[] rc1;
    private final int[] rc2;
    private final int[] nLeft;
    private final int[] nRight;

    /**
     * @param words normalized word forms
     * @param tags tag ids, 1-based (0 = unknown tag)
     * @param verbal per tag id, whether the tag is a verb or modal (for "verb ahead" features)
     */
    ParseState(String[] words, int[] tags, boolean[] verbal) {
        this.n = words.length;
        this.word = new int[n];
        for (int i = 0; i < n; i++) {
            word[i] = Hashing.lowerChars(words[i], 0, words[i].length());
        }
        this.tag = tags;
        // verbsFrom[i]: verbs at positions >= i, capped at 2; decides root and clause attachments
        verbsFrom = new int[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            int t = tags[i];
            verbsFrom[i] = Math.min(2, verbsFrom[i + 1] + (t > 0 && t < verbal.length && verbal[t] ? 1 : 0));
        }
        stack = new int[n];
        heads = new int[n];
        labels = new int[n];
        lc1 = new int[n];
        lc2 = new int[n];
        rc1 = new int[n];
        rc2 = new int[n];
        nLeft = new int[n];
        nRight = new int[n];
        Arrays.fill(heads, -1);
        Arrays.fill(labels, -1);
        Arrays.fill(lc1, -1);
        Arrays.fill(lc2, -1);
        Arrays.fill(rc1, -1);
        Arrays.fill(rc2, -1);
    }

    boolean terminal() {
        return b >= n && sp <= 1;
    }

    boolean legal(int action) {
        switch (action) {
            case SHIFT:
                return b < n;
            case LEFT:
                return b < n && sp >= 1;
            default:
                return sp >= 2;
        }
    }

    int s0() {
        return sp > 0 ? stack[sp - 1] : -1;
    }

    int s1() {
        return sp > 1 ? stack[sp - 2] : -1;
    }

    /** The head the next arc action would give s0 (b0 for LEFT, s1 for RIGHT). */
    int headFor(int action) {
        return action == LEFT ? b : s1();
    }

    /** Applies an action; arcs get {@code label}, ignored for SHIFT. */
    void apply(int action, int label) {
        if (action == SHIFT) {
            stack[sp++] = b++;
            return;
        }
        int d = stack[--sp];
        int h = action == LEFT ? b : stack[sp - 1];
        heads[d] = h;
        labels[d] = label;
        if (d < h) {
            lc2[h] = lc1[h];
            lc1[h] = d;
            nLeft[h]++;
        } else {
            rc2[h] = rc1[h];
            rc1[h] = d;
            nRight[h]++;
        }
    }

    /** The root: the one token left on the stack at the end (-1 for an empty sentence). */
    int root() {
        return sp > 0 ? stack[0] : -1;
    }

    private int w(int i) {
        return i < 0 ? NONE : word[i];
    }

    private int t(int i) {
        return i < 0 ? -1 : tag[i];
    }

    private int l(int i) {
        return i < 0 ? -1 : labels[i];
    }

    private static int child(int[] a, int i) {
        return i < 0 ? -1 : a[i];
    }

    /** Features for choosing the next transition. */
    int transitionFeatures(int[] f) {
        int s0 = s0();
        int s1 = s1();
        int s2 = sp > 2 ? stack[sp - 3] : -1;
        int b0 = b < n ? b : -1;
        int b1 = b + 1 < n ? b + 1 : -1;
        int b2 = b + 2 < n ? b + 2 : -1;
        int s0l1 = child(lc1, s0);
        int s0r1 = child(rc1, s0);
        int b0l1 = child(lc1, b0);
        int s1r1 = child(rc1, s1);

        int s0w = w(s0);
        int s0t = t(s0);
        int s1w = w(s1);
        int s1t = t(s1);
        int s2t = t(s2);
        int b0w = w(b0);
        int b0t = t(b0);
        int b1w = w(b1);
        int b1t = t(b1);
        int b2t = t(b2);
        int s0l1t = t(s0l1);
        int s0r1t = t(s0r1);
        int b0l1t = t(b0l1);
        int dist = s0 >= 0 && b0 >= 0 ? Math.min(b0 - s0, 6) : -1;
        int dist1 = s0 >= 0 && s1 >= 0 ? Math.min(s0 - s1, 6) : -1;

        int k = 0;
        f[k++] = Hashing.feature(1, s0w);
        f[k++] = Hashing.feature(2, s0t);
        f[k++] = Hashing.feature(3, s0w, s0t);
        f[k++] = Hashing.feature(4, s1w);
        f[k++] = Hashing.feature(5, s1t);
        f[k++] = Hashing.feature(6, s1w, s1t);
        f[k++] = Hashing.feature(7, b0w);
        f[k++] = Hashing.feature(8, b0t);
        f[k++] = Hashing.feature(9, b0w, b0t);
        f[k++] = Hashing.feature(10, b1w);
        f[k++] = Hashing.feature(11, b1t);
        f[k++] = Hashing.feature(12, b2t);
        f[k++] = Hashing.feature(13, s2t);

        f[k++] = Hashing.feature(15, s0w, b0w);
        f[k++] = Hashing.feature(16, s0t, b0t);
        f[k++] = Hashing.feature(17, s0w, s0t, b0t);
        f[k++] = Hashing.feature(18, s0t, b0w, b0t);
        f[k++] = Hashing.feature(19, s0w, b0t);
        f[k++] = Hashing.feature(20, s0t, b0w);
        f[k++] = Hashing.feature(21, s1t, s0t);
        f[k++] = Hashing.feature(24, s1w, s0t);
        f[k++] = Hashing.feature(25, s1t, s0t, b0t);
        f[k++] = Hashing.feature(26, s0t, b0t, b1t);
        f[k++] = Hashing.feature(27, b0t, b1t, b2t);
        f[k++] = Hashing.feature(28, s2t, s1t, s0t);
        f[k++] = Hashing.feature(29, s0t, s0l1t, b0t);
        f[k++] = Hashing.feature(30, s0t, s0r1t, b0t);
        f[k++] = Hashing.feature(31, s0t, b0t, b0l1t);

        f[k++] = Hashing.feature(40, w(s0l1));
        f[k++] = Hashing.feature(41, s0l1t);
        f[k++] = Hashing.feature(42, l(s0l1));
        f[k++] = Hashing.feature(43, w(s0r1));
        f[k++] = Hashing.feature(44, s0r1t);
        f[k++] = Hashing.feature(45, l(s0r1));
        f[k++] = Hashing.feature(46, w(b0l1));
        f[k++] = Hashing.feature(47, b0l1t);
        f[k++] = Hashing.feature(48, l(b0l1));
        f[k++] = Hashing.feature(49, s0t, l(s0l1), l(child(lc2, s0)));
        f[k++] = Hashing.feature(50, s0t, l(s0r1), l(child(rc2, s0)));
        f[k++] = Hashing.feature(51, b0t, l(b0l1), l(child(lc2, b0)));

        f[k++] = Hashing.feature(60, dist, s0w);
        f[k++] = Hashing.feature(61, dist, s0t, b0t);
        f[k++] = Hashing.feature(64, dist1, s1t, s0t);
        f[k++] = Hashing.feature(65, s0t, s0 >= 0 ? Math.min(nLeft[s0], 4) : -1, s0 >= 0 ? Math.min(nRight[s0], 4) : -1);
        f[k++] = Hashing.feature(66, b0t, b0 >= 0 ? Math.min(nLeft[b0], 4) : -1);
        f[k++] = Hashing.feature(68, b0 >= 0 ? 0 : 1, Math.min(sp, 3));
        // whether a verb is still to come decides between attaching now and waiting for a head
        int ahead = b < n ? verbsFrom[b + 1] : -1;
        f[k++] = Hashing.feature(88, s0t, b0t, ahead);
        return k;
    }

    /** Features for labelling the arc from head {@code h} to dependent {@code d}. */
    int labelFeatures(int h, int d, int[] f) {
        int dw = w(d);
        int dt = t(d);
        int hw = w(h);
        int ht = t(h);
        int dir = d < h ? 1 : 2;
        int dist = Math.min(Math.abs(h - d), 6);
        int k = 0;
        f[k++] = Hashing.feature(101, dw);
        f[k++] = Hashing.feature(102, dt);
        f[k++] = Hashing.feature(103, dw, dt);
        f[k++] = Hashing.feature(104, hw);
        f[k++] = Hashing.feature(105, ht);
        f[k++] = Hashing.feature(106, ht, dt, dir);
        f[k++] = Hashing.feature(107, hw, dt, dir);
        f[k++] = Hashing.feature(108, ht, dw, dir);
        f[k++] = Hashing.feature(109, hw, dw);
        f[k++] = Hashing.feature(110, ht, dt, dist * 4 + dir);
        f[k++] = Hashing.feature(111, dt, l(lc1[d]), l(rc1[d]));
        f[k++] = Hashing.feature(112, dt, t(lc1[d]), t(rc1[d]));
        f[k++] = Hashing.feature(113, dt, w(lc1[d]));
        f[k++] = Hashing.feature(114, ht, dir, l(d < h ? lc1[h] : rc1[h]));
        f[k++] = Hashing.feature(115, dt, t(d + 1 < n ? d + 1 : -1), dir);
        f[k++] = Hashing.feature(116, dt, t(d - 1), dir);
        f[k++] = Hashing.feature(117, ht, t(h - 1), t(h + 1 < n ? h + 1 : -1));
        f[k++] = Hashing.feature(118, dt, Math.min(nLeft[d], 3), Math.min(nRight[d], 3));
        f[k++] = Hashing.feature(119, hw, dir, dist);
        f[k++] = Hashing.feature(120, ht, dt, w(lc1[d]));
        return k;
    }
}
