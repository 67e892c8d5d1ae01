package org.whosaid.cli.output;

import java.util.Arrays;

import org.whosaid.model.Span;

/**
 * Maps UTF-16 offsets of one text to Unicode code-point offsets, the unit JSON output uses (Python
 * indexes strings by code point). Built once per article: it records where the surrogate pairs
 * are, so each lookup is a binary search, and a text without any pair maps offsets unchanged.
 *
 * <p>An unpaired surrogate counts as one code point, as {@link String#codePointCount} counts it.
 * Offsets past the end of the text are clamped to its end; an offset inside a surrogate pair is
 * moved to the start of the pair for a start and past it for an end, so a slice never cuts a
 * character in half.
 */
final class CodePointOffsets {
    private static final int[] NONE = new int[0];

    private final int length;
    /** UTF-16 index of the high surrogate of every well-formed pair, ascending. */
    private final int[] pairs;

    private CodePointOffsets(int length, int[] pairs) {
        this.length = length;
        this.pairs = pairs;
    }

    static CodePointOffsets of(String text) {
        int n = text.length();
        int[] found = NONE;
        int count = 0;
        for (int i = 0; i + 1 < n; i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, Math.max(8, count * 2));
                }
                found[count++] = i;
                i++;
            }
        }
        return new CodePointOffsets(n, count == 0 ? NONE : Arrays.copyOf(found, count));
    }

    /** Whether every offset maps to itself (no surrogate pair in the text). */
    boolean isIdentity() {
        return pairs.length == 0;
    }

    /** The code-point offset of a span start: rounds down inside a surrogate pair. */
    int start(int utf16) {
        int o = clamp(utf16);
        return pairs.length == 0 ? o : o - pairsBefore(o);
    }

    /** The code-point offset of a span end: rounds up inside a surrogate pair. */
    int end(int utf16) {
        int o = clamp(utf16);
        return pairs.length == 0 ? o : o - pairsBefore(o - 1);
    }

    /** {@code [start, end]} of a span in code points. */
    int[] span(Span span) {
        return new int[] {start(span.start()), Math.max(start(span.start()), end(span.end()))};
    }

    private int clamp(int utf16) {
        return Math.max(0, Math.min(utf16, length));
    }

    /** How many pairs start strictly before {@code limit}; each one shrinks later offsets by one. */
    private int pairsBefore(int limit) {
        int i = Arrays.binarySearch(pairs, limit);
        return i >= 0 ? i : -i - 1;
    }
}
