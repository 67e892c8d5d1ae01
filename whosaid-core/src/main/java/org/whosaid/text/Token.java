package org.whosaid.text;

/**
 * A token: a kind and a half-open range of UTF-16 offsets into the original text. The token's
 * characters are not copied; use {@link #text(CharSequence)}.
 */
public record Token(int start, int end, TokenKind kind) {
    public Token {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad token range [" + start + "," + end + ")");
        }
    }

    public String text(CharSequence source) {
        return source.subSequence(start, end).toString();
    }

    public int length() {
        return end - start;
    }
}
