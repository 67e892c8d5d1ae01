package org.whosaid.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.whosaid.model.Span;

/**
 * Pairs quotation marks into {@link QuotedSpan}s. Handles every mark style, straight marks whose
 * direction comes from context, closing marks misplaced after a space ({@code country, ”the head}),
 * nesting, quotations re-opened at each paragraph, and unbalanced marks (closed at paragraph end).
 * Apostrophes that are not quotation marks are left alone.
 */
public final class QuotePairer {

    /** Deeper nesting than this is treated as noise. */
    private static final int MAX_DEPTH = 8;

    private QuotePairer() {
    }

    private static final class Open {
        final int markStart;
        final QuoteMark mark;
        final List<Span> pieces = new ArrayList<>(1);
        int pieceStart;

        Open(int markStart, QuoteMark mark, int pieceStart) {
            this.markStart = markStart;
            this.mark = mark;
            this.pieceStart = pieceStart;
        }
    }

    /** Finds every quoted span of the text, sorted by start. */
    public static List<QuotedSpan> pair(String text, List<Token> tokens) {
        List<QuotedSpan> out = new ArrayList<>();
        List<Open> stack = new ArrayList<>();
        int lastEnd = 0; // end of the previous token
        for (int ti = 0; ti < tokens.size(); ti++) {
            Token t = tokens.get(ti);
            boolean newParagraph = ti > 0 && containsNewline(text, lastEnd, t.start());
            if (newParagraph && !stack.isEmpty()) {
                boolean continued = false;
                if (t.kind() == TokenKind.QUOTE) {
                    QuoteMark m = QuoteMark.of(text, t);
                    Open outermost = stack.get(0);
                    // a paragraph opened with marks of another style ("... then “...”) starts a new
                    // quotation: the writer of the first one went on with straight marks, or quotes someone else
                    boolean sameStyle = m != null && isTypewriter(m) == isTypewriter(outermost.mark);
                    if (sameStyle && m.family() == outermost.mark.family()
                            && m.direction() != QuoteMark.Direction.CLOSE || sameStyle && m == QuoteMark.RIGHT_DOUBLE
                            && outermost.mark.family() == QuoteMark.Family.DOUBLE && opensByContext(text, t)) {
                        // news style: the quotation goes on in this paragraph
                        while (stack.size() > 1) {
                            closeUnbalanced(text, stack.remove(stack.size() - 1), lastEnd, stack.size(), out);
                        }
                        addPiece(text, outermost, lastEnd);
                        outermost.pieceStart = t.end();
                        continued = true;
                    }
                }
                if (!continued) {
                    while (!stack.isEmpty()) {
                        closeUnbalanced(text, stack.remove(stack.size() - 1), lastEnd, stack.size(), out);
                    }
                } else {
                    lastEnd = t.end();
                    continue;
                }
            }
            lastEnd = t.end();
            if (t.kind() != TokenKind.QUOTE) {
                continue;
            }
            QuoteMark mark = QuoteMark.of(text, t);
            if (mark == null) {
                continue;
            }
            int openIndex = findOpen(stack, mark.family());
            boolean opensCtx = opensByContext(text, t);
            boolean closesCtx = closesByContext(text, t);
            switch (mark.direction()) {
                case OPEN -> {
                    Open top = openIndex >= 0 ? stack.get(openIndex) : null;
                    if (top != null && isLowOpener(top.mark) && (mark == QuoteMark.LEFT_DOUBLE || mark == QuoteMark.LEFT_SINGLE)
                            && !(opensCtx && !closesCtx)) {
                        close(text, stack, openIndex, t, out); // German „...“
                    } else if (top != null && top.mark.direction() == QuoteMark.Direction.CLOSE && closesCtx && !opensCtx) {
                        close(text, stack, openIndex, t, out); // Danish »...«: opened by a closing-style mark
                    } else if (top != null && top.mark == mark && openIndex == stack.size() - 1 && !opensCtx && closesCtx) {
                        close(text, stack, openIndex, t, out); // “...“ typo
                    } else {
                        if (top != null && top.mark == mark && openIndex == stack.size() - 1) {
                            // the same opening mark again: the earlier one was never closed
                            closeUnbalanced(text, stack.remove(openIndex), t.start(), openIndex, out);
                        }
                        push(stack, t, mark);
                    }
                }
                case CLOSE -> {
                    if (openIndex >= 0 && mark == QuoteMark.RIGHT_SINGLE && isPluralPossessive(text, tokens, ti)) {
                        continue; // "the Kurds’ land": an apostrophe, a later mark closes the quotation
                    }
                    if (openIndex >= 0) {
                        close(text, stack, openIndex, t, out);
                    } else if (opensCtx && !closesCtx && (mark != QuoteMark.RIGHT_SINGLE || isSpaceBefore(text, t.start()))
                            && !(mark.family() == QuoteMark.Family.SINGLE && isElision(text, t))) {
                        push(stack, t, mark); // Swedish ”...” or Danish »...«
                    }
                    // otherwise: an apostrophe or a stray mark
                }
                case EITHER -> {
                    if (opensCtx && !closesCtx) {
                        if (mark != QuoteMark.STRAIGHT_SINGLE || letterAfter(text, t.end()) && !isElision(text, t)) {
                            push(stack, t, mark);
                        }
                    } else if (closesCtx && !opensCtx) {
                        if (openIndex >= 0) {
                            close(text, stack, openIndex, t, out);
                        }
                    } else if (openIndex >= 0) {
                        close(text, stack, openIndex, t, out);
                    } else if (mark != QuoteMark.STRAIGHT_SINGLE) {
                        push(stack, t, mark);
                    }
                }
                default -> throw new AssertionError(mark);
            }
        }
        while (!stack.isEmpty()) {
            closeUnbalanced(text, stack.remove(stack.size() - 1), lastEnd, stack.size(), out);
        }
        out.sort(Comparator.comparing(QuotedSpan::outer));
        return out;
    }

    /** Words that start with an elided letter: 'Tis, ’twas, 'em, 'cause. */
    private static final java.util.Set<String> ELIDED_WORDS = java.util.Set.of(
            "tis", "twas", "em", "cause", "til", "till", "bout", "round", "n", "nuff", "cos", "kay");

    /** An apostrophe that opens a word rather than a quotation: ’90s, rock ’n’ roll, 'Tis. */
    static boolean isElision(String text, Token t) {
        int i = t.end();
        if (i >= text.length()) {
            return false;
        }
        if (Character.isDigit(text.charAt(i))) {
            return true;
        }
        int e = i;
        while (e < text.length() && e - i < 6 && Character.isLetter(text.charAt(e))) {
            e++;
        }
        if (e == i || e < text.length() && Character.isLetter(text.charAt(e))) {
            return false;
        }
        String word = text.substring(i, e).toLowerCase(java.util.Locale.ROOT);
        return ELIDED_WORDS.contains(word);
    }

    /**
     * ’ right after a word ending in s and before a lower-case word ("the Kurds’ land") is a plural
     * possessive when another ’ later in the paragraph can close the open quotation.
     */
    private static boolean isPluralPossessive(String text, List<Token> tokens, int ti) {
        Token t = tokens.get(ti);
        if (t.start() == 0 || text.charAt(t.start() - 1) != 's' || t.end() + 1 >= text.length()
                || text.charAt(t.end()) != ' ' || !Character.isLowerCase(text.charAt(t.end() + 1))) {
            return false;
        }
        for (int k = ti + 1; k < tokens.size() && k < ti + 200; k++) {
            Token u = tokens.get(k);
            if (containsNewline(text, tokens.get(k - 1).end(), u.start())) {
                return false;
            }
            if (u.kind() == TokenKind.QUOTE && text.charAt(u.start()) == '\u2019' && closesByContext(text, u)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLowOpener(QuoteMark m) {
        return m == QuoteMark.LOW_DOUBLE || m == QuoteMark.LOW_SINGLE;
    }

    private static void push(List<Open> stack, Token t, QuoteMark mark) {
        if (stack.size() < MAX_DEPTH) {
            stack.add(new Open(t.start(), mark, t.end()));
        }
    }

    private static int findOpen(List<Open> stack, QuoteMark.Family family) {
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (stack.get(i).mark.family() == family) {
                return i;
            }
        }
        return -1;
    }

    private static void close(String text, List<Open> stack, int index, Token closing, List<QuotedSpan> out) {
        while (stack.size() > index + 1) {
            // inner quotations left open inside a closed one
            closeUnbalanced(text, stack.remove(stack.size() - 1), closing.start(), stack.size(), out);
        }
        Open o = stack.remove(index);
        addPiece(text, o, closing.start());
        if (!o.pieces.isEmpty()) {
            out.add(new QuotedSpan(new Span(o.markStart, closing.end()), o.pieces, true, index, o.mark.family()));
        }
    }

    private static void closeUnbalanced(String text, Open o, int end, int depth, List<QuotedSpan> out) {
        addPiece(text, o, Math.max(end, o.pieceStart));
        if (!o.pieces.isEmpty()) {
            int outerEnd = Math.max(o.markStart + 1, o.pieces.get(o.pieces.size() - 1).end());
            out.add(new QuotedSpan(new Span(o.markStart, outerEnd), o.pieces, false, depth, o.mark.family()));
        }
    }

    /** Adds the trimmed text from the open's piece start to {@code end} as a piece, if not blank. */
    private static void addPiece(String text, Open o, int end) {
        int s = o.pieceStart;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            o.pieces.add(new Span(s, e));
        }
    }

    /** Marks a typewriter has: straight quotes and '' doubled apostrophes, as against typographic ones. */
    private static boolean isTypewriter(QuoteMark m) {
        return m == QuoteMark.STRAIGHT_DOUBLE || m == QuoteMark.STRAIGHT_SINGLE || m == QuoteMark.DOUBLED_APOSTROPHE;
    }

    /** Whether a line or paragraph break lies in {@code [from, to)}. */
    public static boolean containsNewline(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028') {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpaceBefore(String text, int i) {
        return i == 0 || Character.isWhitespace(text.charAt(i - 1));
    }

    private static boolean letterAfter(String text, int i) {
        return i < text.length() && Character.isLetterOrDigit(text.charAt(i));
    }

    /** Left-flanking: preceded by space, start or an opening bracket/dash, and followed by a non-space. */
    static boolean opensByContext(String text, Token t) {
        int before = t.start() - 1;
        int after = t.end();
        boolean spaceAfter = after >= text.length() || Character.isWhitespace(text.charAt(after));
        if (spaceAfter) {
            return false;
        }
        if (before < 0) {
            return true;
        }
        char p = text.charAt(before);
        return Character.isWhitespace(p) || "([{-\u2014\u2013/:".indexOf(p) >= 0 || QuoteMark.isQuoteChar(p);
    }

    /** Right-flanking: preceded by a non-space and followed by space, punctuation or the end. */
    static boolean closesByContext(String text, Token t) {
        int before = t.start() - 1;
        int after = t.end();
        if (before < 0 || Character.isWhitespace(text.charAt(before))) {
            return false;
        }
        if (after >= text.length()) {
            return true;
        }
        char n = text.charAt(after);
        return Character.isWhitespace(n) || !Character.isLetterOrDigit(n);
    }
}
