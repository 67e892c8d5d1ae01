package org.whosaid;

import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.whosaid.model.Span;
import org.whosaid.text.QuotedSpan;
import org.whosaid.text.Sentence;
import org.whosaid.text.TextLayer;
import org.whosaid.text.Token;

/**
 * Offset invariants that every stage's output must keep, in the spirit of Lucene's
 * BaseTokenStreamTestCase: spans lie inside the text, never go backwards, never cut a surrogate pair.
 * Each method takes the text and plain {@link Span}s so that later stages can reuse it; a failure
 * message shows the offending span in its context, with invisible and non-ASCII characters escaped.
 */
public final class SpanContract {

    private SpanContract() {
    }

    /** Every span lies within {@code [0, text.length()]}. */
    public static void assertInside(String text, Collection<Span> spans, String what) {
        for (Span s : spans) {
            if (s.start() < 0 || s.end() > text.length() || s.end() < s.start()) {
                fail("%s %s is not inside the text of length %d: %s", what, s, text.length(), escape(text, 200));
            }
        }
    }

    /** No span is empty. */
    public static void assertNonEmpty(String text, Collection<Span> spans, String what) {
        for (Span s : spans) {
            if (s.isEmpty()) {
                fail("%s %s is empty%s", what, s, context(text, s));
            }
        }
    }

    /** No span starts or ends between the two halves of a surrogate pair. */
    public static void assertNoSplitSurrogates(String text, Collection<Span> spans, String what) {
        for (Span s : spans) {
            if (splitsPair(text, s.start()) || splitsPair(text, s.end())) {
                fail("%s %s cuts a surrogate pair%s", what, s, context(text, s));
            }
        }
    }

    /** Starts never go backwards: each span starts at or after the previous one's start. */
    public static void assertSortedByStart(String text, List<Span> spans, String what) {
        for (int i = 1; i < spans.size(); i++) {
            if (spans.get(i).start() < spans.get(i - 1).start()) {
                fail("%s #%d %s starts before #%d %s%s", what, i, spans.get(i), i - 1, spans.get(i - 1),
                        context(text, spans.get(i)));
            }
        }
    }

    /** Sorted and disjoint: each span starts at or after the previous one's end. */
    public static void assertSortedNonOverlapping(String text, List<Span> spans, String what) {
        for (int i = 1; i < spans.size(); i++) {
            if (spans.get(i).start() < spans.get(i - 1).end()) {
                fail("%s #%d %s overlaps or precedes #%d %s%s", what, i, spans.get(i), i - 1, spans.get(i - 1),
                        context(text, spans.get(i)));
            }
        }
    }

    /** Any two spans are either disjoint or one contains the other (they never cross). */
    public static void assertNestedOrDisjoint(String text, List<Span> spans, String what) {
        for (int i = 0; i < spans.size(); i++) {
            for (int j = i + 1; j < spans.size(); j++) {
                Span a = spans.get(i);
                Span b = spans.get(j);
                if (a.overlaps(b) && !a.contains(b) && !b.contains(a)) {
                    fail("%s %s and %s cross%s", what, a, b, context(text, a.union(b)));
                }
            }
        }
    }

    /** Every inner span lies inside {@code outer}. */
    public static void assertAllInside(String text, Span outer, Collection<Span> inner, String what) {
        for (Span s : inner) {
            if (!outer.contains(s)) {
                fail("%s %s is outside its enclosing %s%s", what, s, outer, context(text, outer.union(s)));
            }
        }
    }

    /**
     * The groups (sentences, blocks) cover the items (tokens) exactly once: every item lies inside
     * exactly one group. Both lists must be sorted and non-overlapping.
     */
    public static void assertCoverEachExactlyOnce(String text, List<Span> items, List<Span> groups, String what) {
        int g = 0;
        for (int i = 0; i < items.size(); i++) {
            Span item = items.get(i);
            while (g < groups.size() && groups.get(g).end() <= item.start()) {
                g++;
            }
            if (g >= groups.size() || !groups.get(g).contains(item)) {
                fail("%s: item #%d %s is not inside any group%s", what, i, item, context(text, item));
            }
            if (g + 1 < groups.size() && groups.get(g + 1).overlaps(item)) {
                fail("%s: item #%d %s is in two groups%s", what, i, item, context(text, item));
            }
        }
    }

    /** The spans together with whitespace only cover the text: nothing else is dropped between them. */
    public static void assertGapsAreWhitespace(String text, List<Span> spans, String what) {
        int previousEnd = 0;
        for (Span s : spans) {
            assertGapBlank(text, previousEnd, s.start(), what);
            previousEnd = Math.max(previousEnd, s.end());
        }
        assertGapBlank(text, previousEnd, text.length(), what);
    }

    /** Every invariant of the text stage: tokens, sentences and quoted spans. */
    public static void assertTextLayer(TextLayer layer) {
        String text = layer.text();
        List<Span> tokens = new ArrayList<>(layer.tokens().size());
        for (Token t : layer.tokens()) {
            tokens.add(new Span(t.start(), t.end()));
        }
        assertWellFormed(text, tokens, "token");
        assertSortedNonOverlapping(text, tokens, "token");
        assertGapsAreWhitespace(text, tokens, "tokens");

        List<Span> sentences = new ArrayList<>(layer.sentences().size());
        int expectedFirst = 0;
        for (Sentence s : layer.sentences()) {
            sentences.add(s.span());
            if (s.firstToken() != expectedFirst || s.endToken() > layer.tokens().size()) {
                fail("sentence %s covers tokens [%d,%d), expected to start at token %d of %d%s", s.span(),
                        s.firstToken(), s.endToken(), expectedFirst, layer.tokens().size(), context(text, s.span()));
            }
            Span fromTokens = new Span(layer.tokens().get(s.firstToken()).start(),
                    layer.tokens().get(s.endToken() - 1).end());
            if (!fromTokens.equals(s.span())) {
                fail("sentence span %s differs from its tokens' span %s%s", s.span(), fromTokens, context(text, s.span()));
            }
            expectedFirst = s.endToken();
        }
        if (expectedFirst != layer.tokens().size()) {
            fail("sentences cover %d of %d tokens: %s", expectedFirst, layer.tokens().size(), escape(text, 200));
        }
        assertWellFormed(text, sentences, "sentence");
        assertSortedNonOverlapping(text, sentences, "sentence");
        assertCoverEachExactlyOnce(text, tokens, sentences, "sentences over tokens");

        List<Span> outers = new ArrayList<>(layer.quotations().size());
        for (QuotedSpan q : layer.quotations()) {
            outers.add(q.outer());
            assertWellFormed(text, q.pieces(), "quoted piece");
            assertSortedNonOverlapping(text, q.pieces(), "quoted piece");
            assertAllInside(text, q.outer(), q.pieces(), "quoted piece");
            if (q.depth() < 0) {
                fail("quoted span %s has negative depth %d%s", q.outer(), q.depth(), context(text, q.outer()));
            }
        }
        assertWellFormed(text, outers, "quoted span");
        assertSortedByStart(text, outers, "quoted span");
        assertNestedOrDisjoint(text, outers, "quoted span");
    }

    /** Inside the text, non-empty and not cutting a surrogate pair. */
    public static void assertWellFormed(String text, Collection<Span> spans, String what) {
        assertInside(text, spans, what);
        assertNonEmpty(text, spans, what);
        assertNoSplitSurrogates(text, spans, what);
    }

    private static void assertGapBlank(String text, int from, int to, String what) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200b' && c != '\ufeff') {
                fail("%s drop %s at %d%s", what, escape(String.valueOf(c), 10), i, context(text, new Span(i, i + 1)));
            }
        }
    }

    private static boolean splitsPair(String text, int offset) {
        return offset > 0 && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
    }

    /** The span and up to 40 characters either side, escaped, for failure messages. */
    public static String context(String text, Span s) {
        int from = Math.max(0, Math.min(text.length(), s.start()) - 40);
        int to = Math.min(text.length(), Math.max(0, s.end()) + 40);
        int start = Math.max(from, Math.min(text.length(), s.start()));
        int end = Math.max(start, Math.min(text.length(), s.end()));
        return " in ..." + escape(text.substring(from, start), 80) + "[[" + escape(text.substring(start, end), 200)
                + "]]" + escape(text.substring(end, to), 80) + "...";
    }

    /** Java-escapes everything outside printable ASCII, and cuts after {@code max} characters. */
    public static String escape(String s, int max) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && i < max; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '\\') {
                b.append(c);
            } else {
                b.append(String.format("\\u%04x", (int) c));
            }
        }
        if (s.length() > max) {
            b.append("...(").append(s.length()).append(" chars)");
        }
        return b.toString();
    }
}
