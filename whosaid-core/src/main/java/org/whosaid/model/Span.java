package org.whosaid.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 char offsets into an article's original text.
 * Every offset the pipeline produces is one of these, so that output always points into what the
 * user gave us; writers convert to code points at the edge.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0) {
            throw new IllegalArgumentException("span start must be >= 0, was " + start);
        }
        if (end < start) {
            throw new IllegalArgumentException("span end " + end + " is before start " + start);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean contains(Span other) {
        return other.start >= start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return other.start < end && start < other.end;
    }

    /** Characters shared with {@code other}; zero when they do not overlap. */
    public int overlapLength(Span other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }

    /** The smallest span covering both. */
    public Span union(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    /**
     * This span without white space or punctuation at its edges (what annotators disagree on at
     * span edges without meaning to), or null when nothing else is in it.
     */
    public Span trimmed(CharSequence text) {
        int a = start;
        int b = Math.min(end, text.length());
        while (a < b && isEdgeJunk(text.charAt(a))) {
            a++;
        }
        while (b > a && isEdgeJunk(text.charAt(b - 1))) {
            b--;
        }
        return a < b ? new Span(a, b) : null;
    }

    /** Whether {@code c} is white space or punctuation (quotation marks, dashes, brackets included). */
    public static boolean isEdgeJunk(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return true;
        }
        switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION:
                return true;
            default:
                return false;
        }
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}
