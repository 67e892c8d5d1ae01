package org.whosaid.eval.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.whosaid.model.Span;

/**
 * One role's text in one attribution, as compared by the scorer: a set of disjoint pieces in text
 * order. A discontinuous annotation ("... ," he said, "...") has several pieces.
 *
 * <p>Build it with {@link #normalized}, which makes two annotations of the same words compare equal:
 * each piece loses whitespace and punctuation at its edges, empty pieces go, and pieces that overlap
 * or are separated only by whitespace and punctuation merge.
 */
public record Pieces(List<Span> spans) {

    /** No text: the role is absent. */
    public static final Pieces EMPTY = new Pieces(List.of());

    public Pieces {
        spans = List.copyOf(spans);
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            if (s.isEmpty()) {
                throw new IllegalArgumentException("empty piece " + s + " in " + spans);
            }
            if (i > 0 && spans.get(i - 1).end() > s.start()) {
                throw new IllegalArgumentException("pieces overlap or are out of order: " + spans);
            }
        }
    }

    /** Normalises raw pieces of {@code text} (see the type's description). */
    public static Pieces normalized(List<Span> raw, String text) {
        Objects.requireNonNull(text, "text");
        List<Span> trimmed = new ArrayList<>(raw.size());
        for (Span s : raw) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("piece " + s + " ends after the text (" + text.length() + ")");
            }
            Span t = s.trimmed(text);
            if (t != null) {
                trimmed.add(t);
            }
        }
        trimmed.sort(null);
        List<Span> merged = new ArrayList<>(trimmed.size());
        for (Span s : trimmed) {
            int last = merged.size() - 1;
            if (last >= 0 && onlyJunkBetween(text, merged.get(last).end(), s.start())) {
                merged.set(last, merged.get(last).union(s));
            } else {
                merged.add(s);
            }
        }
        return merged.isEmpty() ? EMPTY : new Pieces(merged);
    }

    /** Convenience for one contiguous span. */
    public static Pieces normalized(Span span, String text) {
        return normalized(List.of(span), text);
    }

    public boolean isEmpty() {
        return spans.isEmpty();
    }

    /** Characters covered. */
    public int length() {
        int n = 0;
        for (Span s : spans) {
            n += s.length();
        }
        return n;
    }

    /** Characters covered by both. */
    public int overlap(Pieces other) {
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < spans.size() && j < other.spans.size()) {
            Span a = spans.get(i);
            Span b = other.spans.get(j);
            n += a.overlapLength(b);
            if (a.end() <= b.end()) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /** From the first piece's start to the last piece's end; null when empty. */
    public Span extent() {
        return isEmpty() ? null : new Span(spans.get(0).start(), spans.get(spans.size() - 1).end());
    }

    /** The covered text, pieces joined by " … ". */
    public String textOf(String text) {
        StringBuilder b = new StringBuilder();
        for (Span s : spans) {
            if (b.length() > 0) {
                b.append(" … ");
            }
            b.append(text, s.start(), s.end());
        }
        return b.toString();
    }

    private static boolean onlyJunkBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Span.isEdgeJunk(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
