package org.whosaid.learned;

import org.whosaid.text.TokenKind;

/**
 * The two feature templates: per token for the cue tagger, and per (cue, token) pair for the role
 * tagger. Each template fills a fixed number of slots with hashed feature indexes in
 * {@code [0, 2^bits)}, or -1 when its family is switched off or it does not apply. Only numbers are
 * mixed here: the per-token hashes come from {@link TokenView}.
 */
final class Features {

    static final int CUE_SLOTS = 31;
    static final int ROLE_SLOTS = 43;

    private static final long NONE = 0x5bd1e9955bd1e995L;
    private static final int QUOTE_KIND = TokenKind.QUOTE.ordinal();
    private static final int WORD_KIND = TokenKind.WORD.ordinal();

    private final int families;
    private final int shift;

    Features(int families, int bits) {
        this.families = families;
        this.shift = 64 - bits;
    }

    private boolean on(FeatureFamily f) {
        return (families & f.bit()) != 0;
    }

    private int index(long template, long a, long b, long c) {
        return (int) (mix(template, a, b, c) >>> shift);
    }

    /** A well-mixed 64-bit hash of a template number and three atoms; the top bits index a table. */
    static long mix(long template, long a, long b, long c) {
        long h = template * 0x9E3779B97F4A7C15L;
        h = (h ^ a) * 0xff51afd7ed558ccdL;
        h = (h ^ (h >>> 29) ^ b) * 0xc4ceb9fe1a85ec53L;
        h = (h ^ (h >>> 31) ^ c) * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 33);
    }

    private static long at(long[] a, int i, int n) {
        return i < 0 || i >= n ? NONE + i : a[i];
    }

    /** Fills {@code CUE_SLOTS} features of token {@code i} at {@code out[off...]}. */
    void cue(TokenView v, int i, int[] out, int off) {
        int n = v.n;
        int k = off;
        out[k++] = index(1, 0, 0, 0);
        if (on(FeatureFamily.WORDS)) {
            long w0 = v.word[i];
            out[k++] = index(2, w0, 0, 0);
            out[k++] = index(3, at(v.word, i - 1, n), 0, 0);
            out[k++] = index(4, at(v.word, i + 1, n), 0, 0);
            out[k++] = index(5, at(v.word, i - 2, n), 0, 0);
            out[k++] = index(6, at(v.word, i + 2, n), 0, 0);
            out[k++] = index(7, at(v.word, i - 1, n), w0, 0);
            out[k++] = index(8, w0, at(v.word, i + 1, n), 0);
            out[k++] = index(9, at(v.word, i - 2, n), at(v.word, i - 1, n), w0);
        }
        if (on(FeatureFamily.SHAPE)) {
            out[k++] = index(10, v.suffix3[i], 0, 0);
            out[k++] = index(11, v.suffix2[i], v.capitalized[i] ? 1 : 0, 0);
            out[k++] = index(12, v.shape[i], at(v.shape, i + 1, n), 0);
            out[k++] = index(13, at(v.shape, i - 1, n), v.shape[i], 0);
        }
        if (on(FeatureFamily.LEXICON)) {
            out[k++] = index(14, v.lexiconCue[i] ? 1 : 0, v.capitalized[i] ? 1 : 0, 0);
            out[k++] = index(15, v.lexiconCue[i] ? 1 : 0, at(v.word, i - 1, n), 0);
            out[k++] = index(16, v.lexiconCue[i] ? 1 : 0, v.beliefCue[i] ? 1 : 0, at(v.word, i + 1, n));
        }
        if (on(FeatureFamily.QUOTES)) {
            int state = v.openMark[i] ? 1 : v.closeMark[i] ? 2 : v.quote[i] >= 0 ? 3 : 0;
            int prev = i > 0 ? (v.closeMark[i - 1] ? 1 : 0) + (i > 1 && v.closeMark[i - 2] ? 2 : 0) : 0;
            int next = i + 1 < n ? (v.openMark[i + 1] ? 1 : 0) + (i + 2 < n && v.openMark[i + 2] ? 2 : 0) : 0;
            out[k++] = index(17, state, prev, next);
            out[k++] = index(18, state, v.lexiconCue[i] ? 1 : 0, 0);
            out[k++] = index(19, v.word[i], state, 0);
        }
        if (on(FeatureFamily.POSITION)) {
            int p = v.sentencePos[i];
            out[k++] = index(20, Math.min(p, 6), v.speechBlock[i] ? 1 : 0, v.kind[i]);
            out[k++] = index(21, Math.min(p, 3), v.word[i], 0);
        }
        if (on(FeatureFamily.RULES)) {
            out[k++] = index(22, v.ruleCue[i], 0, 0);
            out[k++] = index(23, v.ruleCue[i], v.word[i], 0);
        }
        if (on(FeatureFamily.POS)) {
            long p0 = v.pos[i];
            out[k++] = index(24, p0, 0, 0);
            out[k++] = index(25, at(v.pos, i - 1, n), p0, 0);
            out[k++] = index(26, p0, at(v.pos, i + 1, n), 0);
            out[k++] = index(27, p0, v.word[i], 0);
            out[k++] = index(28, at(v.pos, i - 2, n), at(v.pos, i - 1, n), p0);
            // an unseen form of a known cue ("charges" after "charged"; the tag folded into 256 buckets),
            // and what the word governs
            out[k++] = index(29, v.stem[i], p0 == 0 ? 0 : p0 & 0xff, 0);
            out[k++] = index(30, p0, at(v.word, i + 1, n), 0);
            int sentenceStart = i - v.sentencePos[i];
            boolean firstFinite = v.finiteBefore[i] == v.finiteBefore[sentenceStart];
            out[k++] = index(31, p0, firstFinite ? 1 : 0, v.quote[i] >= 0 ? 1 : 0);
        }
        assert k <= off + CUE_SLOTS;
        java.util.Arrays.fill(out, k, off + CUE_SLOTS, -1);
    }

    /** Fills {@code ROLE_SLOTS} features of token {@code i} for the cue on tokens [cs, ce). */
    void role(TokenView v, int cs, int ce, int i, int[] out, int off) {
        int n = v.n;
        int k = off;
        int dir = i < cs ? -1 : i >= ce ? 1 : 0;
        int dist = i < cs ? cs - i : i >= ce ? i - ce + 1 : 0;
        long db = dir * (long) bucket(dist);
        int sentOff = Math.max(-3, Math.min(3, v.sentence[i] - v.sentence[cs]));
        long cueWord = v.word[cs];
        long cueLast = v.word[ce - 1];
        out[k++] = index(101, dir, 0, 0);
        if (on(FeatureFamily.WORDS)) {
            long w0 = v.word[i];
            out[k++] = index(102, w0, dir, 0);
            out[k++] = index(103, at(v.word, i - 1, n), dir, 0);
            out[k++] = index(104, at(v.word, i + 1, n), dir, 0);
            out[k++] = index(105, cueWord, dir, 0);
            out[k++] = index(106, cueLast, at(v.word, ce, n), dir);
            out[k++] = index(107, at(v.word, cs - 1, n), cueWord, dir);
            out[k++] = index(108, w0, sentOff, 0);
            out[k++] = index(109, at(v.word, i - 1, n), w0, dir);
        }
        if (on(FeatureFamily.SHAPE)) {
            out[k++] = index(110, v.shape[i], dir, 0);
            out[k++] = index(111, v.suffix3[i], dir, 0);
            out[k++] = index(112, v.capitalized[i] ? 1 : 0, db, 0);
        }
        if (on(FeatureFamily.LEXICON)) {
            out[k++] = index(113, v.lexiconCue[i] ? 1 : 0, dir, sentOff);
            out[k++] = index(114, v.lexiconCue[cs] ? 1 : 0, v.beliefCue[cs] ? 1 : 0, dir);
        }
        if (on(FeatureFamily.QUOTES)) {
            int rel = quoteRelation(v, cs, ce, i);
            int lo = Math.min(i, cs);
            int hi = Math.max(i + 1, ce);
            int marks = Math.min(3, v.marksBefore[hi] - v.marksBefore[lo]);
            out[k++] = index(115, rel, dir, 0);
            out[k++] = index(116, rel, sentOff, 0);
            out[k++] = index(117, marks, dir, v.quote[i] >= 0 ? 1 : 0);
            out[k++] = index(118, v.openMark[i] ? 1 : v.closeMark[i] ? 2 : 0, dir, bucket(dist));
            out[k++] = index(119, rel, cueWord, dir);
        }
        if (on(FeatureFamily.POSITION)) {
            int lo = Math.min(i, cs);
            int hi = Math.max(i + 1, ce);
            int commas = Math.min(3, v.commasBefore[hi] - v.commasBefore[lo]);
            int terms = Math.min(3, v.terminalsBefore[hi] - v.terminalsBefore[lo]);
            out[k++] = index(120, db, 0, 0);
            out[k++] = index(121, db, sentOff, 0);
            out[k++] = index(122, commas, dir, sentOff);
            out[k++] = index(123, terms, dir, 0);
            out[k++] = index(124, v.paragraph[i] == v.paragraph[cs] ? 1 : 0, sentOff, 0);
            out[k++] = index(125, Math.min(v.sentencePos[i], 3), dir, v.kind[i]);
            out[k++] = index(126, Math.min(v.sentencePos[cs], 4), dir, sentOff);
            out[k++] = index(127, db, v.kind[i], v.kind[i] == WORD_KIND ? 0 : 1);
            out[k++] = index(128, cueWord, db, 0);
            // what follows the cue shapes its content: "said that ..." runs over commas, an object stops at one
            out[k++] = index(136, at(v.word, ce, n), commas, dir);
            out[k++] = index(137, at(v.pos, ce, n), commas, dir);
            // another cue between the token and this one: the token is likely that cue's
            int between = i < cs ? v.lexiconCuesBefore[cs] - v.lexiconCuesBefore[i + 1]
                    : i >= ce ? v.lexiconCuesBefore[i] - v.lexiconCuesBefore[ce] : 0;
            out[k++] = index(138, Math.min(2, between), dir, sentOff);
            out[k++] = index(139, v.pos[i], commas, dir);
            int finite = Math.min(2, v.finiteBefore[hi] - v.finiteBefore[lo]);
            out[k++] = index(140, finite, commas, dir);
            out[k++] = index(141, v.parensBefore[hi] - v.parensBefore[lo] != 0 ? 1 : 0, dir, 0);
            out[k++] = index(142, bucket(v.tokensLeft[i]), dir, v.kind[i]);
        }
        if (on(FeatureFamily.RULES)) {
            int r = v.ruleOfCue[cs];
            int role = v.ruleRole(r, i);
            out[k++] = index(129, r >= 0 ? 1 : 0, role, dir);
            out[k++] = index(130, role, v.kind[i] == QUOTE_KIND ? 1 : 0, 0);
        }
        if (on(FeatureFamily.POS)) {
            long p0 = v.pos[i];
            out[k++] = index(131, p0, dir, 0);
            out[k++] = index(132, at(v.pos, i - 1, n), p0, dir);
            out[k++] = index(133, p0, at(v.pos, i + 1, n), dir);
            out[k++] = index(134, v.pos[cs], p0, dir);
            out[k++] = index(135, p0, db, 0);
        }
        assert k <= off + ROLE_SLOTS;
        java.util.Arrays.fill(out, k, off + ROLE_SLOTS, -1);
    }

    /**
     * How token {@code i} relates to quotations around the cue: 0 outside any, 1 in the quotation
     * that holds the cue, 2 in a quotation ending just before the cue, 3 in one starting just after
     * it, 4 in another quotation.
     */
    private static int quoteRelation(TokenView v, int cs, int ce, int i) {
        int q = v.quote[i];
        if (q < 0) {
            return 0;
        }
        if (q == v.quote[cs]) {
            return 1;
        }
        for (int j = cs - 1; j >= Math.max(0, cs - 5); j--) {
            if (v.quote[j] == q) {
                return 2;
            }
        }
        for (int j = ce; j < Math.min(v.n, ce + 5); j++) {
            if (v.quote[j] == q) {
                return 3;
            }
        }
        return 4;
    }

    static int bucket(int d) {
        if (d <= 4) {
            return d;
        }
        if (d <= 6) {
            return 5;
        }
        if (d <= 10) {
            return 6;
        }
        if (d <= 15) {
            return 7;
        }
        if (d <= 25) {
            return 8;
        }
        if (d <= 40) {
            return 9;
        }
        return 10;
    }
}
