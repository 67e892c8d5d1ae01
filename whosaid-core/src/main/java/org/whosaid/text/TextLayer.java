package org.whosaid.text;

import java.util.List;

/**
 * The text stage's output: tokens, sentences and paired quotation marks of one text, all with
 * offsets into it, plus each token's lower-cased form, computed once because every later stage
 * compares words case-insensitively. Immutable.
 */
public final class TextLayer {

    private final String text;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final List<QuotedSpan> quotations;
    private final String[] lower;

    public TextLayer(String text, List<Token> tokens, List<Sentence> sentences, List<QuotedSpan> quotations) {
        this.text = text;
        this.tokens = List.copyOf(tokens);
        this.sentences = List.copyOf(sentences);
        this.quotations = List.copyOf(quotations);
        this.lower = new String[this.tokens.size()];
        for (int i = 0; i < lower.length; i++) {
            Token t = this.tokens.get(i);
            lower[i] = lowerCase(text, t.start(), t.end());
        }
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public List<QuotedSpan> quotations() {
        return quotations;
    }

    /** The lower-cased text of token {@code index}. */
    public String lower(int index) {
        return lower[index];
    }

    /** Shared one-character strings for ASCII; immutable. */
    private static final List<String> ONE_CHAR = oneCharStrings();

    private static List<String> oneCharStrings() {
        String[] all = new String[128];
        for (char c = 0; c < 128; c++) {
            all[c] = String.valueOf(c);
        }
        return List.of(all);
    }

    /** Lower-cases as {@code toLowerCase(Locale.ROOT)} does, with one copy when the token is plain ASCII. */
    private static String lowerCase(String text, int start, int end) {
        boolean hasUpper = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
            }
            hasUpper |= c >= 'A' && c <= 'Z';
        }
        if (end - start == 1) {
            char c = text.charAt(start);
            return ONE_CHAR.get(hasUpper ? c + 32 : c); // punctuation and one-letter words: no allocation
        }
        if (!hasUpper) {
            return text.substring(start, end);
        }
        byte[] out = new byte[end - start];
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            out[i - start] = (byte) (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        return new String(out, java.nio.charset.StandardCharsets.ISO_8859_1);
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
