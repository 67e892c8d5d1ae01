package org.whosaid.text;

import org.whosaid.model.Span;

/**
 * A sentence: its character span and its tokens {@code [firstToken, endToken)} in the token list it
 * was split from.
 */
public record Sentence(Span span, int firstToken, int endToken) {
    public Sentence {
        if (firstToken < 0 || endToken <= firstToken) {
            throw new IllegalArgumentException("bad token range [" + firstToken + "," + endToken + ")");
        }
    }

    public int tokenCount() {
        return endToken - firstToken;
    }
}
