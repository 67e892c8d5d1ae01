package org.whosaid.learned;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.whosaid.text.TokenKind;
import org.whosaid.text.WordSet;

/**
 * A second look at where content to the right of its cue ends. The role tagger decides token by
 * token, so when it ends a span it cannot see how the span began ("that ..." runs to the end of
 * the clause, an object noun phrase stops before its adjuncts) nor the span as a whole (commas
 * and quotation marks inside it). Here every end from the content's first token to its sentence's
 * end is a candidate (never growing over a cue the model found: that is another attribution), scored by how much worse the tagger finds that labelling plus features of
 * the whole span; the best candidate replaces the tagger's end. A linear ranker, trained by
 * {@link Trainer} on labellings of training articles made by models that did not see them.
 * Immutable and thread-safe.
 */
final class ContentEnds {

    /** Feature table size: {@code 2^BITS} weights. */
    static final int BITS = 18;
    /** Features per candidate. */
    static final int SLOTS = 19;
    /** How far below the tagger's best a candidate's score counts (tagger units). */
    static final float MAX_DROP = 20f;
    /** Most candidates per cue: ends past this many tokens from the tagger's are not considered. */
    static final int MAX_CANDIDATES = 64;

    private static final int O = 0;
    private static final int B_CONTENT = 1 + 2 * LearnedModel.CONTENT;
    private static final int I_CONTENT = B_CONTENT + 1;
    private static final long END = 0x3c6ef372fe94f82bL;
    private static final long OPEN = 0x510e527fade682d1L;
    private static final long CLOSE = 0x9b05688c2b3e6c1fL;
    /** Words kept as themselves in the features: they open or close clauses and phrases. */
    private static final Set<String> CLOSED = WordSet.of("and", "but", "or", "which", "who", "whom", "whose", "as",
            "in", "on", "at", "for", "to", "during", "after", "before", "since", "while", "when", "because", "with",
            "by", "from", "according", "including", "saying", "adding", "that", "if", "though", "although", "where",
            "than", "of", "about", "despite", "amid", "until", "so", "—", "–", "-", "(", ")", ",", ".", ";", ":",
            "?", "!", "said", "says");

    private final float[] weights;
    private final float dropWeight;

    ContentEnds(float[] weights, float dropWeight) {
        if (weights.length != 1 << BITS) {
            throw new IllegalArgumentException("expected " + (1 << BITS) + " weights, got " + weights.length);
        }
        if (!Float.isFinite(dropWeight)) {
            throw new IllegalArgumentException("drop weight is not finite: " + dropWeight);
        }
        this.weights = weights;
        this.dropWeight = dropWeight;
    }

    float[] weights() {
        return weights;
    }

    float dropWeight() {
        return dropWeight;
    }

    /**
     * The candidate ends of one cue's labelling {@code labels[0, len)} (window starting at token
     * {@code from}), or null when its last content piece is not right of the cue.
     */
    static Candidates candidates(TokenView v, int cs, int ce, int from, int len, int[] labels, float[] emit,
            Tagger roles, boolean[] outsideOnly, boolean[] cueToken) {
        int sa = -1;
        int sb = -1;
        for (int t = 0; t < len; t++) {
            if (labels[t] == B_CONTENT) {
                sa = t;
                sb = t + 1;
                while (sb < len && labels[sb] == I_CONTENT) {
                    sb++;
                }
            }
        }
        if (sa < 0 || from + sa < ce) {
            return null;
        }
        int last = from + sb - 1;
        int sentenceEnd = last;
        while (sentenceEnd < v.n && v.sentence[sentenceEnd] == v.sentence[last]) {
            sentenceEnd++;
        }
        int maxEnd = Math.max(sb, Math.min(len, sentenceEnd - from));
        int lo = Math.max(sa + 1, sb - MAX_CANDIDATES / 2);
        int hi = Math.min(maxEnd, sb + MAX_CANDIDATES / 2);
        float best = score(labels, emit, len, roles);
        int[] y = new int[len];
        List<int[]> kept = new ArrayList<>();
        List<Float> drops = new ArrayList<>();
        for (int e = lo; e <= hi; e++) {
            if (e > sb && cueToken[from + e - 1] || !relabel(labels, outsideOnly, sa, sb, e, len, y)) {
                break; // the span would run into the source, its cue or another attribution's cue
            }
            float drop = score(y, emit, len, roles) - best;
            int trimmed = trimmedEnd(v, from + sa, from + e);
            // ends that differ only by trailing punctuation give the same content: keep the better.
            // The trimmed end never decreases with e, so only the last kept end can be the same.
            int same = kept.isEmpty() || kept.get(kept.size() - 1)[1] != trimmed ? -1 : kept.size() - 1;
            if (same >= 0) {
                if (kept.get(same)[0] == sb || drops.get(same) >= drop) {
                    continue;
                }
                kept.remove(same);
                drops.remove(same);
            }
            kept.add(new int[] {e, trimmed});
            drops.add(drop);
        }
        int[] ends = new int[kept.size()];
        float[] dropArr = new float[kept.size()];
        int[] feats = new int[kept.size() * SLOTS];
        // each token's atom once: the candidates share their first word and look at overlapping words
        int atomsFrom = from + sa;
        long[] atoms = new long[Math.max(0, Math.min(v.n, from + hi + 2) - atomsFrom)];
        for (int i = 0; i < atoms.length; i++) {
            atoms[i] = atom(v, atomsFrom + i, v.n);
        }
        for (int k = 0; k < ends.length; k++) {
            ends[k] = kept.get(k)[0];
            dropArr[k] = drops.get(k);
            features(v, ce, from + sa, from + ends[k], from + sb, sentenceEnd, dropArr[k], atoms, feats, k * SLOTS);
        }
        return new Candidates(from, sa, sb, ends, dropArr, feats);
    }

    /** The labels with content piece {@code [sa, sb)} ending at {@code e} instead; false if that crosses a role or the cue. */
    static boolean relabel(int[] labels, boolean[] outsideOnly, int sa, int sb, int e, int len, int[] y) {
        System.arraycopy(labels, 0, y, 0, len);
        for (int t = e; t < sb; t++) {
            y[t] = O;
        }
        for (int t = sb; t < e; t++) {
            if (labels[t] != O || outsideOnly[t]) {
                return false;
            }
            y[t] = I_CONTENT;
        }
        return true;
    }

    /** The tagger's score of a whole labelling (emissions, start and transitions, all scaled). */
    static float score(int[] y, float[] emit, int len, Tagger t) {
        int labels = t.labels;
        float s = t.start[y[0]] * t.scale + emit[y[0]];
        for (int i = 1; i < len; i++) {
            s += emit[i * labels + y[i]] + t.transitions[y[i - 1] * labels + y[i]] * t.scale;
        }
        return s;
    }

    /** The ranker's choice among the candidates (an index into {@code c.ends()}). */
    int choose(Candidates c) {
        int best = 0;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int k = 0; k < c.ends().length; k++) {
            float s = rank(c, k);
            if (s > bestScore) {
                bestScore = s;
                best = k;
            }
        }
        return best;
    }

    /** Moves the end of the labelling's last content piece to the ranker's choice, in place. */
    void apply(TokenView v, int cs, int ce, int from, int len, int[] labels, float[] emit, Tagger roles,
            boolean[] outsideOnly, boolean[] cueToken) {
        Candidates c = candidates(v, cs, ce, from, len, labels, emit, roles, outsideOnly, cueToken);
        if (c == null || c.ends().length < 2) {
            return;
        }
        int e = c.ends()[choose(c)];
        int[] y = new int[len];
        if (relabel(labels, outsideOnly, c.start(), c.end(), e, len, y)) {
            System.arraycopy(y, 0, labels, 0, len);
        }
    }

    private float rank(Candidates c, int k) {
        float s = Math.max(-MAX_DROP, c.drops()[k]) * dropWeight;
        for (int j = k * SLOTS; j < (k + 1) * SLOTS; j++) {
            s += weights[c.features()[j]];
        }
        return s;
    }

    private static int trimmedEnd(TokenView v, int a, int e) {
        while (e > a + 1 && (v.kind[e - 1] == TokenKind.QUOTE.ordinal() || v.kind[e - 1] == TokenKind.PUNCT.ordinal())) {
            e--;
        }
        return e;
    }

    /** A closed-class word or mark as itself, anything else as its part of speech (or shape). */
    private static long atom(TokenView v, int i, int limit) {
        if (i < 0 || i >= limit || i >= v.n) {
            return END;
        }
        if (v.openMark[i]) {
            return OPEN;
        }
        if (v.closeMark[i]) {
            return CLOSE;
        }
        int len = v.tokens.get(i).length();
        if (len <= 9) {
            int start = v.tokens.get(i).start();
            if (CLOSED.contains(v.text.substring(start, start + len).toLowerCase(Locale.ROOT))) {
                return v.word[i];
            }
        }
        return v.pos[i] != 0 ? v.pos[i] : v.shape[i];
    }

    /** The features of the candidate content {@code [a, e)}; {@code atoms[i]} is the atom of token {@code a + i}. */
    private static void features(TokenView v, int ce, int a, int e, int b, int sentenceEnd, float drop, long[] atoms,
            int[] out, int off) {
        int last = trimmedEnd(v, a, e) - 1;
        long nx = e < sentenceEnd && e - a < atoms.length ? atoms[e - a] : END;
        long nx2 = e + 1 < sentenceEnd && e + 1 - a < atoms.length ? atoms[e + 1 - a] : END;
        long first = atoms[0];
        long lastTag = v.pos[last] != 0 ? v.pos[last] : v.shape[last];
        long cue = v.word[ce - 1];
        int commas = Math.min(3, v.commasBefore[e] - v.commasBefore[a]);
        int marks = v.marksBefore[e] - v.marksBefore[a];
        int rel = Integer.signum(e - b) + 1;
        int dropBucket = drop == 0 ? 0 : drop > -1 ? 1 : drop > -2 ? 2 : drop > -4 ? 3 : drop > -8 ? 4 : 5;
        boolean atEnd = e >= sentenceEnd || v.sentenceEnd[e];
        int k = off;
        out[k++] = index(1, dropBucket, 0, 0);
        out[k++] = index(2, rel, 0, 0);
        out[k++] = index(3, nx, 0, 0);
        out[k++] = index(4, nx, nx2, 0);
        out[k++] = index(5, lastTag, 0, 0);
        out[k++] = index(6, lastTag, nx, 0);
        out[k++] = index(7, first, nx, 0);
        out[k++] = index(8, cue, nx, 0);
        out[k++] = index(9, Features.bucket(e - a), first, 0);
        out[k++] = index(10, commas, nx, 0);
        out[k++] = index(11, marks & 1, nx, 0);
        out[k++] = index(12, rel, nx, 0);
        out[k++] = index(13, dropBucket, rel, 0);
        out[k++] = index(14, rel, Features.bucket(Math.abs(e - b)), nx);
        out[k++] = index(15, v.lexiconCue[ce - 1] ? 1 : 0, nx, 0);
        out[k++] = index(16, first, lastTag, 0);
        out[k++] = index(17, atoms[last - a], nx, 0);
        out[k++] = index(18, atEnd ? 1 : 0, first, 0);
        // "and said ..." coordinates with the cue (its content ends here), "and announces ..." in
        // another tense coordinates inside the content
        boolean cueLike = e + 1 < sentenceEnd && v.pos[e + 1] != 0 && v.pos[e + 1] == v.pos[ce - 1];
        out[k++] = index(19, nx, cueLike ? 1 : 0, 0);
        assert k == off + SLOTS;
    }

    private static int index(long template, long a, long b, long c) {
        return (int) (Features.mix(template + 1000, a, b, c) >>> (64 - BITS));
    }

    /**
     * One cue's candidates: the content piece {@code [start, end)} of the window starting at token
     * {@code from}, the candidate ends (window positions, exclusive), each one's score drop from
     * the tagger's best and its {@link #SLOTS} feature indexes.
     */
    record Candidates(int from, int start, int end, int[] ends, float[] drops, int[] features) {
    }

    /** A training case: the candidates and which of them is right. */
    record Example(Candidates candidates, int gold) {
    }

    /** Averaged-perceptron training over {@code examples}, starting from the tagger's own ranking. */
    static ContentEnds train(List<Example> examples, int epochs, long seed) {
        float[] w = new float[1 << BITS];
        float[] total = new float[1 << BITS];
        int[] stamp = new int[1 << BITS];
        float[] drop = {1f, 0f, 0f}; // weight, total, stamp
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(seed);
        int step = 0;
        ContentEnds current = new ContentEnds(w, 1f);
        for (int epoch = 0; epoch < epochs; epoch++) {
            java.util.Collections.shuffle(order, random);
            for (Example ex : order) {
                step++;
                current = new ContentEnds(w, drop[0]);
                int guess = current.choose(ex.candidates());
                if (guess == ex.gold()) {
                    continue;
                }
                update(ex.candidates(), ex.gold(), 1f, w, total, stamp, drop, step);
                update(ex.candidates(), guess, -1f, w, total, stamp, drop, step);
            }
        }
        float[] averaged = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            averaged[i] = (total[i] + w[i] * (step - stamp[i])) / Math.max(1, step);
        }
        float dropAveraged = (drop[1] + drop[0] * (step - drop[2])) / Math.max(1, step);
        return new ContentEnds(averaged, dropAveraged);
    }

    private static void update(Candidates c, int k, float sign, float[] w, float[] total, int[] stamp, float[] drop,
            int step) {
        drop[1] += drop[0] * (step - drop[2]);
        drop[2] = step;
        drop[0] += sign * Math.max(-MAX_DROP, c.drops()[k]) * 0.05f;
        for (int j = k * SLOTS; j < (k + 1) * SLOTS; j++) {
            int f = c.features()[j];
            total[f] += w[f] * (step - stamp[f]);
            stamp[f] = step;
            w[f] += sign;
        }
    }
}
