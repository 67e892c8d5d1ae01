package org.whosaid.eval.bench;

import org.whosaid.text.Tokenizer;

/**
 * The floor the full pipeline is compared to: tokenizing a text with the core tokenizer and nothing
 * else (no sentences, quotation marks, structure or attribution).
 */
final class BarePass {

    private BarePass() {
    }

    /** Tokenizes {@code text} and returns the number of tokens. */
    static int tokens(String text) {
        return Tokenizer.tokenize(text).size();
    }
}
