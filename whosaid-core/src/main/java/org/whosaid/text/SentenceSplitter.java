package org.whosaid.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.whosaid.model.Span;

/**
 * Splits tokens into sentences. A sentence ends at a line break, or at terminal punctuation (with
 * any closing quotation marks and brackets after it) followed by something that can start a
 * sentence. Abbreviations keep their period inside the word token, so "Dr. Smith" never splits;
 * an abbreviation can still end a sentence when a typical sentence opener follows ("in the U.S. The").
 */
public final class SentenceSplitter {

    private static final Set<String> SENTENCE_OPENERS = WordSet.of(
            "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These",
            "Those", "But", "And", "In", "On", "At", "As", "If", "When", "While", "After", "Before",
            "His", "Her", "Their", "Its", "Our", "There", "Some", "Many", "Most", "According", "So",
            "Yet", "Still", "However", "Meanwhile", "Earlier", "Later", "Now", "Then", "Also");

    /** Hard cap on sentence length in tokens, so that no input yields a pathological sentence. */
    static final int MAX_TOKENS = 400;

    private SentenceSplitter() {
    }

    public static List<Sentence> split(String text, List<Token> tokens) {
        List<Sentence> out = new ArrayList<>(Math.max(4, tokens.size() / 20));
        int n = tokens.size();
        int first = 0;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            boolean endHere = false;
            int last = i; // last token of the sentence if it ends here
            if (i + 1 < n && QuotePairer.containsNewline(text, t.end(), tokens.get(i + 1).start())) {
                endHere = true;
            } else if (t.kind() == TokenKind.TERMINAL) {
                int j = i + 1;
                // closing quotation marks and brackets stay with the sentence they end
                while (j < n && isCloser(text, tokens.get(j)) && tokens.get(j).start() == tokens.get(j - 1).end()) {
                    j++;
                }
                if (j >= n) {
                    last = n - 1;
                    endHere = true;
                } else if (tokens.get(j).start() > tokens.get(j - 1).end() && canStartSentence(text, tokens.get(j))
                        && !isLowercaseContinuationOfEllipsis(text, t, tokens.get(j))) {
                    last = j - 1;
                    endHere = true;
                } else if (QuotePairer.containsNewline(text, tokens.get(j - 1).end(), tokens.get(j).start())) {
                    last = j - 1;
                    endHere = true;
                }
            } else if (t.kind() == TokenKind.WORD && text.charAt(t.end() - 1) == '.' && i + 1 < n) {
                int j = i + 1;
                // closing quotation marks right after the abbreviation end with it: "in the U.S.” Then"
                while (j < n && isCloser(text, tokens.get(j)) && tokens.get(j).start() == tokens.get(j - 1).end()) {
                    j++;
                }
                if (j < n && tokens.get(j).start() > tokens.get(j - 1).end()) {
                    Token next = tokens.get(j);
                    boolean opener = SENTENCE_OPENERS.contains(next.text(text));
                    boolean closedQuote = j > i + 1 && canStartSentence(text, next);
                    boolean quoteOpens = isDotted(text, t) && next.kind() == TokenKind.QUOTE && j + 1 < n
                            && Character.isUpperCase(text.charAt(tokens.get(j + 1).start()));
                    if (opener || closedQuote || quoteOpens) {
                        last = j - 1;
                        endHere = true;
                    }
                }
            }
            if (!endHere && i - first + 1 >= MAX_TOKENS) {
                endHere = true;
            }
            if (endHere) {
                out.add(new Sentence(new Span(tokens.get(first).start(), tokens.get(last).end()), first, last + 1));
                first = last + 1;
                i = last;
            }
        }
        if (first < n) {
            out.add(new Sentence(new Span(tokens.get(first).start(), tokens.get(n - 1).end()), first, n));
        }
        return out;
    }

    /** "a.m.", "U.S.": a period inside the token, not a title like "Dr." that precedes a name. */
    private static boolean isDotted(String text, Token t) {
        for (int k = t.start(); k < t.end() - 1; k++) {
            if (text.charAt(k) == '.') {
                return true;
            }
        }
        return false;
    }

    private static boolean isCloser(String text, Token t) {
        if (t.kind() == TokenKind.QUOTE) {
            return true;
        }
        char c = text.charAt(t.start());
        return t.kind() == TokenKind.PUNCT && (c == ')' || c == ']' || c == '}');
    }

    private static boolean canStartSentence(String text, Token t) {
        char c = text.charAt(t.start());
        return Character.isUpperCase(c) || Character.isDigit(c) || t.kind() == TokenKind.QUOTE
                || c == '(' || c == '[' || c == '\u2022' || c == '-' || c == '\u2014' || Character.isTitleCase(c)
                || !Character.isLetter(c) && t.kind() != TokenKind.PUNCT;
    }

    private static boolean isLowercaseContinuationOfEllipsis(String text, Token terminal, Token next) {
        return terminal.length() > 1 && Character.isLowerCase(text.charAt(next.start()));
    }

}
