package org.whosaid.eval.score;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.whosaid.model.QuoteType;
import org.whosaid.model.Span;

/**
 * Derives the quotation type of a gold attribution, which PolNeAR does not annotate, from its
 * content and cue, so that scores can be broken down the same way as the pipeline's
 * {@link QuoteType}.
 *
 * <ul>
 *   <li>{@code belief} when a word of the cue is in {@link #BELIEF_CUES} (checked first: "she
 *       wants 'a fair deal'" is an attributed intention whatever its punctuation);</li>
 *   <li>{@code direct} when every piece of the content is one quoted stretch: it opens with a
 *       double quotation mark (inside the piece or just before it), closes with one (inside, possibly
 *       followed by punctuation, or just after) and holds no other double quotation mark;</li>
 *   <li>{@code partial} when the content contains a quotation mark otherwise (double marks, or an
 *       opening single mark, since a closing one is usually an apostrophe);</li>
 *   <li>{@code reported} otherwise.</li>
 * </ul>
 */
public final class QuotationTypes {

    /**
     * Cue words of belief and intention: the inflected forms of believe, think, want, plan, hope,
     * expect, fear, intend, feel, wish, worry, doubt, suspect, assume, aim, seek, and the adjectives
     * convinced, confident, determined.
     */
    public static final Set<String> BELIEF_CUES = Set.of(
            "believe", "believes", "believed", "believing",
            "think", "thinks", "thought", "thinking",
            "want", "wants", "wanted", "wanting",
            "plan", "plans", "planned", "planning",
            "hope", "hopes", "hoped", "hoping",
            "expect", "expects", "expected", "expecting",
            "fear", "fears", "feared", "fearing",
            "intend", "intends", "intended", "intending",
            "feel", "feels", "felt", "feeling",
            "wish", "wishes", "wished", "wishing",
            "worry", "worries", "worried", "worrying",
            "doubt", "doubts", "doubted", "doubting",
            "suspect", "suspects", "suspected", "suspecting",
            "assume", "assumes", "assumed", "assuming",
            "aim", "aims", "aimed", "aiming",
            "seek", "seeks", "sought", "seeking",
            "convinced", "confident", "determined");

    private QuotationTypes() {
    }

    /**
     * The type of an attribution whose content is {@code content} (raw pieces, before trimming)
     * and whose cue reads {@code cueText} (empty when there is none).
     */
    public static QuoteType classify(String text, List<Span> content, String cueText) {
        if (isBeliefCue(cueText)) {
            return QuoteType.BELIEF;
        }
        if (content.isEmpty()) {
            return QuoteType.REPORTED;
        }
        boolean allQuoted = true;
        boolean anyMark = false;
        for (Span piece : content) {
            allQuoted &= isOneQuotedStretch(text, piece);
            anyMark |= containsQuotationMark(text, piece);
        }
        if (allQuoted) {
            return QuoteType.DIRECT;
        }
        return anyMark ? QuoteType.PARTIAL : QuoteType.REPORTED;
    }

    /** Whether any word of the cue is a belief or intention word. */
    public static boolean isBeliefCue(String cueText) {
        for (String word : cueText.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (BELIEF_CUES.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOneQuotedStretch(String text, Span piece) {
        int start = piece.start();
        int end = piece.end();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return false;
        }
        int innerStart;
        if (isOpeningDouble(text.charAt(start))) {
            innerStart = start + 1;
        } else if (start > 0 && isOpeningDouble(text.charAt(start - 1))) {
            innerStart = start;
        } else {
            return false;
        }
        int close = end;
        while (close > innerStart && isClosingPunctuation(text.charAt(close - 1))) {
            close--;
        }
        int innerEnd;
        if (close > innerStart && isClosingDouble(text.charAt(close - 1))) {
            innerEnd = close - 1;
        } else {
            int after = end;
            while (after < text.length() && after < end + 3 && isClosingPunctuation(text.charAt(after))) {
                after++;
            }
            if (after < text.length() && isClosingDouble(text.charAt(after))) {
                innerEnd = end;
            } else {
                return false;
            }
        }
        for (int i = innerStart; i < innerEnd; i++) {
            if (isDouble(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsQuotationMark(String text, Span piece) {
        for (int i = piece.start(); i < piece.end(); i++) {
            char c = text.charAt(i);
            if (isDouble(c) || c == '\u2018') {
                return true;
            }
        }
        return false;
    }

    private static boolean isClosingPunctuation(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\u2026';
    }

    private static boolean isOpeningDouble(char c) {
        return c == '"' || c == '\u201C' || c == '\u201E' || c == '\u00AB';
    }

    private static boolean isClosingDouble(char c) {
        return c == '"' || c == '\u201D' || c == '\u00BB';
    }

    private static boolean isDouble(char c) {
        return isOpeningDouble(c) || isClosingDouble(c);
    }
}
