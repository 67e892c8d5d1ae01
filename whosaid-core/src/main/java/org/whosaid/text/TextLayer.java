package org.whosaid.text;

import java.util.List;

/**
 * The text stage's output: tokens, sentences and paired quotation marks of one text, all with
 * offsets into it.
 */
public record TextLayer(String text, List<Token> tokens, List<Sentence> sentences, List<QuotedSpan> quotations) {

    public TextLayer {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        quotations = List.copyOf(quotations);
    }

    /** Runs the text stage on {@code text}. */
    public static TextLayer of(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return new TextLayer(text, tokens, SentenceSplitter.split(text, tokens), QuotePairer.pair(text, tokens));
    }

    /** Index of the sentence containing char offset {@code offset}, or the nearest one before it. */
    public int sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).span().start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** Index of the first token starting at or after {@code offset}; {@code tokens().size()} if none. */
    public int tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public String tokenText(int index) {
        return tokens.get(index).text(text);
    }
}
