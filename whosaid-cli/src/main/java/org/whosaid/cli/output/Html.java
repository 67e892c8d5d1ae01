package org.whosaid.cli.output;

import java.io.IOException;
import java.io.Writer;

/**
 * HTML escaping. Every piece of text from an article or its analysis goes through here on its way
 * into the page, so that an article containing markup shows the markup instead of running it.
 */
final class Html {
    private Html() {
    }

    /** Writes {@code text[start, end)} as element content. */
    static void text(Writer out, String text, int start, int end) throws IOException {
        int run = start;
        for (int i = start; i < end; i++) {
            String replacement = replacement(text.charAt(i), false);
            if (replacement != null) {
                out.write(text, run, i - run);
                out.write(replacement);
                run = i + 1;
            }
        }
        out.write(text, run, end - run);
    }

    /** Escapes {@code text} for element content. */
    static String text(String text) {
        return escape(text, false);
    }

    /** Escapes {@code text} for a double- or single-quoted attribute value. */
    static String attribute(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean attribute) {
        StringBuilder sb = null;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            String replacement = replacement(text.charAt(i), attribute);
            if (replacement != null) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 16);
                }
                sb.append(text, run, i).append(replacement);
                run = i + 1;
            }
        }
        return sb == null ? text : sb.append(text, run, text.length()).toString();
    }

    /** What to write instead of {@code c}, or null to write it as it is. */
    private static String replacement(char c, boolean attribute) {
        switch (c) {
            case '&':
                return "&amp;";
            case '<':
                return "&lt;";
            case '>':
                return "&gt;";
            case '"':
                return attribute ? "&quot;" : null;
            case '\'':
                return attribute ? "&#39;" : null;
            case '\t':
                return attribute ? "&#9;" : null;
            case '\n':
                // a line break in a title attribute shows as one in the tooltip
                return attribute ? "&#10;" : null;
            case '\r':
                return attribute ? "&#13;" : null;
            default:
                // control characters are not allowed in HTML text; show that something was there
                return c < 0x20 || (c >= 0x7f && c <= 0x9f) ? "\uFFFD" : null;
        }
    }
}
