package org.whosaid.eval.bench;

/**
 * The floor the full pipeline is compared to: tokenizing a text and nothing else.
 *
 * <p>Until the core tokenizer lands this counts word and punctuation tokens with a plain scan; then
 * the body becomes {@code return Tokenizer.tokenize(text).size();}.
 */
final class BarePass {

    private BarePass() {
    }

    /** Tokenizes {@code text} and returns the number of tokens. */
    static int tokens(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    n++;
                    inWord = true;
                }
            } else {
                inWord = false;
                if (!Character.isWhitespace(c)) {
                    n++;
                }
            }
        }
        return n;
    }
}
