package org.whosaid.syntax;

import java.util.Arrays;

/**
 * A configuration of the arc-hybrid transition system over one sentence, with the feature
 * extraction of both classifiers (shared by training and parsing so they cannot drift). Actions:
 * SHIFT moves b0 onto the stack; LEFT makes s0 a dependent of b0 and pops it; RIGHT makes s0 a
 * dependent of s1 and pops it. There is no artificial root token: RIGHT needs two stack items and
 * LEFT a buffer item, so every legal sequence ends with one token on the stack (the root) and the
 * arcs form a single tree, whatever the scores. Every complete sequence has exactly {@code 2n - 1}
 * actions (n shifts, n - 1 arcs), so the items of a beam always finish together.
 */
final class ParseState {

    /**
     * Bump when any feature changes; stored in the model header. 8 has the features of 7 and a
     * parser file that lists its voters; 9 also gives each voter's byte length, so voters decode
     * while the next one is inflated ({@link DependencyParser} still reads the layouts of 7 and 8).
     */
    static final int VERSION = 9;
    /** The oldest feature version whose files the parser still reads (same features, older layout). */
    static final int OLDEST_READABLE = 7;
    static final int MAX_FEATURES = 192;
    static final int SHIFT = 0;
    static final int LEFT = 1;
    static final int RIGHT = 2;
    static final int ACTIONS = 3;

    private static final int NONE = 0x4e4f4e45;

    /** Tag classes for the counts between two tokens; punctuation classes come last. */
    static final byte OTHER = 0;
    static final byte VERB = 1;
    static final byte CONJ = 2;
    static final byte PUNCT = 3;
    static final byte COMMA = 4;
    static final byte QUOTE = 5;

    /** Per 1-based tag id (index 0 unused), the class of the Penn Treebank tag. */
    static byte[] tagClasses(String[] tags) {
        byte[] c = new byte[tags.length + 1];
        for (int i = 0; i < tags.length; i++) {
            String t = tags[i];
            c[i + 1] = t.startsWith("VB") || t.equals("MD") ? VERB
                    : t.equals("CC") ? CONJ
                    : t.equals(",") ? COMMA
                    : t.equals("``") || t.equals("''") ? QUOTE
                    : t.equals(".") || t.equals(":") || t.equals("-LRB-") || t.equals("-RRB-") ? PUNCT
                    : OTHER;
        }
        return c;
    }

    /** Counts in {@code before} of the tokens strictly between {@code a < b}, capped; -1 if either is missing. */
    private static int between(int[] before, int a, int b, int cap) {
        return a < 0 || b < 0 ? -1 : Math.min(cap, before[b] - before[a + 1]);
    }

    final int n;
    private final int[] word;
    private final int[] tag;
    /** Per token, the tagger's runner-up tag id (the tag itself where the tagger did not hesitate). */
    private final int[] alt;
    private final int[] verbsFrom;
    /** Per position i, counts of verbs, punctuation, commas, conjunctions and quotes before i. */
    private final int[] verbsBefore;
    private final int[] punctBefore;
    private final int[] commasBefore;
    private final int[] ccBefore;
    private final int[] quotesBefore;
    /** Per token, a hash of its last three letters (for rare words). */
    private final int[] suffix;
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
    /** Per token, the set of labels of its left (right) dependents, one bit per label id (mod 64). */
    private final long[] leftLabels;
    private final long[] rightLabels;

    /**
     * @param words normalized word forms
     * @param tags tag ids, 1-based (0 = unknown tag)
     * @param tagClasses per tag id, its {@link #tagClasses class} (verb, punctuation, ...)
     */
    ParseState(String[] words, int[] tags, byte[] tagClasses) {
        this(words, tags, tags, tagClasses);
    }

    /**
     * As {@link #ParseState(String[], int[], byte[])} with the tagger's runner-up tag ids
     * ({@code alternatives}, same length as {@code tags}).
     */
    ParseState(String[] words, int[] tags, int[] alternatives, byte[] tagClasses) {
        if (alternatives.length != tags.length || words.length != tags.length) {
            throw new IllegalArgumentException(words.length + " words, " + tags.length + " tags and "
                    + alternatives.length + " alternatives");
        }
        this.alt = alternatives;
        this.n = words.length;
        this.word = new int[n];
        this.suffix = new int[n];
        for (int i = 0; i < n; i++) {
            String w = words[i];
            word[i] = Hashing.lowerChars(w, 0, w.length());
            suffix[i] = Hashing.lowerChars(w, Math.max(0, w.length() - 3), w.length());
        }
        this.tag = tags;
        byte[] cls = new byte[n];
        for (int i = 0; i < n; i++) {
            int t = tags[i];
            cls[i] = t > 0 && t < tagClasses.length ? tagClasses[t] : OTHER;
        }
        // verbsFrom[i]: verbs at positions >= i, capped at 2; decides root and clause attachments
        verbsFrom = new int[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            verbsFrom[i] = Math.min(2, verbsFrom[i + 1] + (cls[i] == VERB ? 1 : 0));
        }
        verbsBefore = new int[n + 1];
        punctBefore = new int[n + 1];
        commasBefore = new int[n + 1];
        ccBefore = new int[n + 1];
        quotesBefore = new int[n + 1];
        for (int i = 0; i < n; i++) {
            byte c = cls[i];
            verbsBefore[i + 1] = verbsBefore[i] + (c == VERB ? 1 : 0);
            punctBefore[i + 1] = punctBefore[i] + (c >= PUNCT ? 1 : 0);
            commasBefore[i + 1] = commasBefore[i] + (c == COMMA ? 1 : 0);
            ccBefore[i + 1] = ccBefore[i] + (c == CONJ ? 1 : 0);
            quotesBefore[i + 1] = quotesBefore[i] + (c == QUOTE ? 1 : 0);
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
        leftLabels = new long[n];
        rightLabels = new long[n];
        reset();
    }

    /** A fresh initial state over the same sentence (sharing its immutable word and tag data). */
    private ParseState(ParseState sentence) {
        n = sentence.n;
        word = sentence.word;
        tag = sentence.tag;
        alt = sentence.alt;
        suffix = sentence.suffix;
        verbsFrom = sentence.verbsFrom;
        verbsBefore = sentence.verbsBefore;
        punctBefore = sentence.punctBefore;
        commasBefore = sentence.commasBefore;
        ccBefore = sentence.ccBefore;
        quotesBefore = sentence.quotesBefore;
        stack = new int[n];
        heads = new int[n];
        labels = new int[n];
        lc1 = new int[n];
        lc2 = new int[n];
        rc1 = new int[n];
        rc2 = new int[n];
        nLeft = new int[n];
        nRight = new int[n];
        leftLabels = new long[n];
        rightLabels = new long[n];
        reset();
    }

    /** Another state over the same sentence, in the initial configuration. */
    ParseState fresh() {
        return new ParseState(this);
    }

    /** Back to the initial configuration. */
    void reset() {
        sp = 0;
        b = 0;
        Arrays.fill(heads, -1);
        Arrays.fill(labels, -1);
        Arrays.fill(lc1, -1);
        Arrays.fill(lc2, -1);
        Arrays.fill(rc1, -1);
        Arrays.fill(rc2, -1);
        Arrays.fill(nLeft, 0);
        Arrays.fill(nRight, 0);
        Arrays.fill(leftLabels, 0L);
        Arrays.fill(rightLabels, 0L);
    }

    /**
     * Makes this state equal to {@code other}, a state over the same sentence. Tokens beyond both
     * buffer fronts are untouched in both (no arcs reach them yet), so only the prefix up to the
     * larger front is copied: a beam step costs O(front), not O(n).
     */
    void copyFrom(ParseState other) {
        if (other.n != n || other.word != word) {
            throw new IllegalArgumentException("states of different sentences");
        }
        int len = Math.min(n, Math.max(b, other.b) + 1);
        System.arraycopy(other.stack, 0, stack, 0, other.sp);
        System.arraycopy(other.heads, 0, heads, 0, len);
        System.arraycopy(other.labels, 0, labels, 0, len);
        System.arraycopy(other.lc1, 0, lc1, 0, len);
        System.arraycopy(other.lc2, 0, lc2, 0, len);
        System.arraycopy(other.rc1, 0, rc1, 0, len);
        System.arraycopy(other.rc2, 0, rc2, 0, len);
        System.arraycopy(other.nLeft, 0, nLeft, 0, len);
        System.arraycopy(other.nRight, 0, nRight, 0, len);
        System.arraycopy(other.leftLabels, 0, leftLabels, 0, len);
        System.arraycopy(other.rightLabels, 0, rightLabels, 0, len);
        sp = other.sp;
        b = other.b;
    }

    /** Attached dependents of token {@code i} so far. */
    int dependents(int i) {
        return nLeft[i] + nRight[i];
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

    /** The action when only one is legal (empty stack: SHIFT; empty buffer: RIGHT), else -1. */
    int onlyLegalAction() {
        if (sp == 0) {
            return SHIFT;
        }
        return b >= n ? RIGHT : -1;
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
            leftLabels[h] |= 1L << (label & 63);
        } else {
            rc2[h] = rc1[h];
            rc1[h] = d;
            nRight[h]++;
            rightLabels[h] |= 1L << (label & 63);
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

    /**
     * Features for choosing the next transition: the rich non-local set of Zhang and Nivre (2011)
     * mapped onto arc-hybrid, where s0's candidate heads are b0 (LEFT) and s1 (RIGHT), so both the
     * s0-b0 and the s1-s0 pairs get word/tag combinations, distances, valencies, the labels and tags
     * of the two outermost dependents, and label sets.
     */
    int transitionFeatures(int[] f) {
        int s0 = s0();
        int s1 = s1();
        int s2 = sp > 2 ? stack[sp - 3] : -1;
        int b0 = b < n ? b : -1;
        int b1 = b + 1 < n ? b + 1 : -1;
        int b2 = b + 2 < n ? b + 2 : -1;
        int s0l1 = child(lc1, s0);
        int s0l2 = child(lc2, s0);
        int s0r1 = child(rc1, s0);
        int s0r2 = child(rc2, s0);
        int b0l1 = child(lc1, b0);
        int b0l2 = child(lc2, b0);
        int s1l1 = child(lc1, s1);
        int s1r1 = child(rc1, s1);
        int s1r2 = child(rc2, s1);

        int s0w = w(s0);
        int s0t = t(s0);
        int s1w = w(s1);
        int s1t = t(s1);
        int s2w = w(s2);
        int s2t = t(s2);
        int b0w = w(b0);
        int b0t = t(b0);
        int b1w = w(b1);
        int b1t = t(b1);
        int b2w = w(b2);
        int b2t = t(b2);
        int s0l1t = t(s0l1);
        int s0l2t = t(s0l2);
        int s0r1t = t(s0r1);
        int s0r2t = t(s0r2);
        int b0l1t = t(b0l1);
        int b0l2t = t(b0l2);
        int s1l1t = t(s1l1);
        int s1r1t = t(s1r1);
        int s1r2t = t(s1r2);
        int d = s0 >= 0 && b0 >= 0 ? Math.min(b0 - s0, 6) : -1;
        int d1 = s0 >= 0 && s1 >= 0 ? Math.min(s0 - s1, 6) : -1;
        int s0vl = s0 >= 0 ? Math.min(nLeft[s0], 4) : -1;
        int s0vr = s0 >= 0 ? Math.min(nRight[s0], 4) : -1;
        int b0vl = b0 >= 0 ? Math.min(nLeft[b0], 4) : -1;
        int s1vl = s1 >= 0 ? Math.min(nLeft[s1], 4) : -1;
        int s1vr = s1 >= 0 ? Math.min(nRight[s1], 4) : -1;

        int k = 0;
        // single positions
        f[k++] = Hashing.feature(1, s0w, s0t);
        f[k++] = Hashing.feature(2, s0w);
        f[k++] = Hashing.feature(3, s0t);
        f[k++] = Hashing.feature(4, s1w, s1t);
        f[k++] = Hashing.feature(5, s1w);
        f[k++] = Hashing.feature(6, s1t);
        f[k++] = Hashing.feature(7, b0w, b0t);
        f[k++] = Hashing.feature(8, b0w);
        f[k++] = Hashing.feature(9, b0t);
        f[k++] = Hashing.feature(10, b1w, b1t);
        f[k++] = Hashing.feature(11, b1w);
        f[k++] = Hashing.feature(12, b1t);
        f[k++] = Hashing.feature(13, b2w, b2t);
        f[k++] = Hashing.feature(14, b2t);
        f[k++] = Hashing.feature(15, s2w, s2t);
        f[k++] = Hashing.feature(16, s2t);
        // s0 and b0 (LEFT)
        f[k++] = Hashing.feature(20, s0w, s0t, b0w, b0t);
        f[k++] = Hashing.feature(21, s0w, s0t, b0w);
        f[k++] = Hashing.feature(22, s0w, b0w, b0t);
        f[k++] = Hashing.feature(23, s0w, s0t, b0t);
        f[k++] = Hashing.feature(24, s0t, b0w, b0t);
        f[k++] = Hashing.feature(25, s0w, b0w);
        f[k++] = Hashing.feature(26, s0t, b0t);
        f[k++] = Hashing.feature(27, b0t, b1t);
        // s1 and s0 (RIGHT)
        f[k++] = Hashing.feature(30, s1w, s1t, s0w, s0t);
        f[k++] = Hashing.feature(31, s1w, s1t, s0w);
        f[k++] = Hashing.feature(32, s1w, s0w, s0t);
        f[k++] = Hashing.feature(33, s1w, s1t, s0t);
        f[k++] = Hashing.feature(34, s1t, s0w, s0t);
        f[k++] = Hashing.feature(35, s1w, s0w);
        f[k++] = Hashing.feature(36, s1t, s0t);
        // tag trigrams
        f[k++] = Hashing.feature(40, b0t, b1t, b2t);
        f[k++] = Hashing.feature(41, s0t, b0t, b1t);
        f[k++] = Hashing.feature(42, s1t, s0t, b0t);
        f[k++] = Hashing.feature(43, s2t, s1t, s0t);
        f[k++] = Hashing.feature(44, s0t, s0l1t, b0t);
        f[k++] = Hashing.feature(45, s0t, s0r1t, b0t);
        f[k++] = Hashing.feature(46, s0t, b0t, b0l1t);
        f[k++] = Hashing.feature(47, s1t, s0t, s0l1t);
        f[k++] = Hashing.feature(48, s1t, s0t, s0r1t);
        f[k++] = Hashing.feature(49, s1t, s1r1t, s0t);
        f[k++] = Hashing.feature(50, s1t, s1l1t, s0t);
        // distances
        f[k++] = Hashing.feature(55, s0w, d);
        f[k++] = Hashing.feature(56, s0t, d);
        f[k++] = Hashing.feature(57, b0w, d);
        f[k++] = Hashing.feature(58, b0t, d);
        f[k++] = Hashing.feature(59, s0w, b0w, d);
        f[k++] = Hashing.feature(60, s0t, b0t, d);
        f[k++] = Hashing.feature(61, s1w, d1);
        f[k++] = Hashing.feature(62, s1t, d1);
        f[k++] = Hashing.feature(63, s0w, d1);
        f[k++] = Hashing.feature(64, s0t, d1);
        f[k++] = Hashing.feature(65, s1w, s0w, d1);
        f[k++] = Hashing.feature(66, s1t, s0t, d1);
        // valencies
        f[k++] = Hashing.feature(70, s0w, s0vr);
        f[k++] = Hashing.feature(71, s0t, s0vr);
        f[k++] = Hashing.feature(72, s0w, s0vl);
        f[k++] = Hashing.feature(73, s0t, s0vl);
        f[k++] = Hashing.feature(74, b0w, b0vl);
        f[k++] = Hashing.feature(75, b0t, b0vl);
        f[k++] = Hashing.feature(76, s1w, s1vr);
        f[k++] = Hashing.feature(77, s1t, s1vr, s1vl);
        // outermost dependents: words, tags, labels
        f[k++] = Hashing.feature(80, w(s0l1));
        f[k++] = Hashing.feature(81, s0l1t);
        f[k++] = Hashing.feature(82, l(s0l1));
        f[k++] = Hashing.feature(83, w(s0r1));
        f[k++] = Hashing.feature(84, s0r1t);
        f[k++] = Hashing.feature(85, l(s0r1));
        f[k++] = Hashing.feature(86, w(b0l1));
        f[k++] = Hashing.feature(87, b0l1t);
        f[k++] = Hashing.feature(88, l(b0l1));
        f[k++] = Hashing.feature(89, w(s1r1));
        f[k++] = Hashing.feature(90, s1r1t);
        f[k++] = Hashing.feature(91, l(s1r1));
        // second outermost dependents (third-order)
        f[k++] = Hashing.feature(93, w(s0l2));
        f[k++] = Hashing.feature(94, s0l2t);
        f[k++] = Hashing.feature(95, l(s0l2));
        f[k++] = Hashing.feature(96, w(s0r2));
        f[k++] = Hashing.feature(97, s0r2t);
        f[k++] = Hashing.feature(98, l(s0r2));
        f[k++] = Hashing.feature(99, w(b0l2));
        f[k++] = Hashing.feature(100, b0l2t);
        f[k++] = Hashing.feature(101, l(b0l2));
        f[k++] = Hashing.feature(102, s0t, s0l1t, s0l2t);
        f[k++] = Hashing.feature(103, s0t, s0r1t, s0r2t);
        f[k++] = Hashing.feature(104, b0t, b0l1t, b0l2t);
        f[k++] = Hashing.feature(105, s1t, s1r1t, s1r2t);
        f[k++] = Hashing.feature(106, s0t, l(s0l1), l(s0l2));
        f[k++] = Hashing.feature(107, s0t, l(s0r1), l(s0r2));
        f[k++] = Hashing.feature(108, b0t, l(b0l1), l(b0l2));
        // label sets
        long s0ls = s0 >= 0 ? leftLabels[s0] : -1L;
        long s0rs = s0 >= 0 ? rightLabels[s0] : -1L;
        long b0ls = b0 >= 0 ? leftLabels[b0] : -1L;
        f[k++] = Hashing.feature(110, s0w, (int) s0rs, (int) (s0rs >>> 32));
        f[k++] = Hashing.feature(111, s0t, (int) s0rs, (int) (s0rs >>> 32));
        f[k++] = Hashing.feature(112, s0w, (int) s0ls, (int) (s0ls >>> 32));
        f[k++] = Hashing.feature(113, s0t, (int) s0ls, (int) (s0ls >>> 32));
        f[k++] = Hashing.feature(114, b0w, (int) b0ls, (int) (b0ls >>> 32));
        f[k++] = Hashing.feature(115, b0t, (int) b0ls, (int) (b0ls >>> 32));
        // stack depth, and whether a verb is still to come (attach now or wait for a head)
        f[k++] = Hashing.feature(120, b0 >= 0 ? 0 : 1, Math.min(sp, 3));
        int ahead = b < n ? verbsFrom[b + 1] : -1;
        f[k++] = Hashing.feature(121, s0t, b0t, ahead);
        // what lies between s0 and b0, and between s1 and s0: punctuation, commas, verbs,
        // conjunctions, an open quotation, and the tags next to the gap
        int pB = between(punctBefore, s0, b0, 3);
        int cB = between(commasBefore, s0, b0, 2);
        int vB = between(verbsBefore, s0, b0, 2);
        int ccB = between(ccBefore, s0, b0, 2);
        int qB = s0 >= 0 && b0 >= 0 ? (quotesBefore[b0] - quotesBefore[s0 + 1]) & 1 : -1;
        int p1 = between(punctBefore, s1, s0, 3);
        int c1 = between(commasBefore, s1, s0, 2);
        int v1 = between(verbsBefore, s1, s0, 2);
        int cc1 = between(ccBefore, s1, s0, 2);
        int q1 = s1 >= 0 && s0 >= 0 ? (quotesBefore[s0] - quotesBefore[s1 + 1]) & 1 : -1;
        f[k++] = Hashing.feature(130, s0t, b0t, pB, cB);
        f[k++] = Hashing.feature(131, s0t, b0t, vB);
        f[k++] = Hashing.feature(132, s0t, b0t, ccB);
        f[k++] = Hashing.feature(133, s0t, b0t, qB, d);
        f[k++] = Hashing.feature(134, s1t, s0t, p1, c1);
        f[k++] = Hashing.feature(135, s1t, s0t, v1);
        f[k++] = Hashing.feature(136, s1t, s0t, cc1);
        f[k++] = Hashing.feature(137, s1t, s0t, q1, d1);
        f[k++] = Hashing.feature(138, s0w, b0t, pB, vB);
        f[k++] = Hashing.feature(139, s1w, s0t, p1, v1);
        int afterS0 = s0 >= 0 && s0 + 1 < n ? tag[s0 + 1] : -1;
        int beforeB0 = b0 > 0 ? tag[b0 - 1] : -1;
        int afterS1 = s1 >= 0 ? tag[s1 + 1] : -1;
        int beforeS0 = s0 > 0 ? tag[s0 - 1] : -1;
        f[k++] = Hashing.feature(140, s0t, afterS0, beforeB0, b0t);
        f[k++] = Hashing.feature(141, s1t, afterS1, beforeS0, s0t);
        // s1 and b0 (s0's two candidate heads), and the rare-word suffixes
        f[k++] = Hashing.feature(142, s1t, s0t, b0t, d);
        f[k++] = Hashing.feature(143, s1w, b0t, s0t);
        f[k++] = Hashing.feature(144, s1t, b0w, s0t);
        f[k++] = Hashing.feature(145, s0 >= 0 ? suffix[s0] : NONE, s0t);
        f[k++] = Hashing.feature(146, b0 >= 0 ? suffix[b0] : NONE, b0t);
        f[k++] = Hashing.feature(147, b1 >= 0 ? suffix[b1] : NONE, b1t);
        f[k++] = Hashing.feature(148, b0t, b1t, b2t, b + 3 < n ? tag[b + 3] : -1);
        // the tagger's runner-up tags: where it hesitated, the parser may know better
        int s0a = s0 >= 0 ? alt[s0] : -1;
        int b0a = b0 >= 0 ? alt[b0] : -1;
        int s1a = s1 >= 0 ? alt[s1] : -1;
        int b1a = b1 >= 0 ? alt[b1] : -1;
        f[k++] = Hashing.feature(150, s0t, s0a);
        f[k++] = Hashing.feature(151, b0t, b0a);
        f[k++] = Hashing.feature(152, s1t, s1a);
        f[k++] = Hashing.feature(153, b1t, b1a);
        f[k++] = Hashing.feature(154, s0t, s0a, b0t, b0a);
        f[k++] = Hashing.feature(155, s1t, s1a, s0t, s0a);
        f[k++] = Hashing.feature(156, s0w, s0a, b0t);
        f[k++] = Hashing.feature(157, b0w, b0a, s0t);
        // prepositional attachment: the case marker (leftmost dependent) of the noun that is s0 or
        // b0 with the candidate heads' words
        int b0l1w = w(b0l1);
        int s0l1w = w(s0l1);
        f[k++] = Hashing.feature(160, s0w, b0l1w);
        f[k++] = Hashing.feature(161, s1w, b0l1w);
        f[k++] = Hashing.feature(162, s0w, b0l1w, b0w);
        f[k++] = Hashing.feature(163, s1w, b0l1w, b0w);
        f[k++] = Hashing.feature(164, s0t, s1t, b0l1w, b0t);
        f[k++] = Hashing.feature(165, s1w, s0l1w);
        f[k++] = Hashing.feature(166, s1w, s0l1w, s0w);
        f[k++] = Hashing.feature(167, s1t, s0l1w, s0w);
        f[k++] = Hashing.feature(168, s2t, s1t, s0l1w, s0t);
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
