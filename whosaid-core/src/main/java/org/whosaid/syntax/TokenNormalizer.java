package org.whosaid.syntax;

import java.util.List;

/**
 * Maps raw tokens to the forms CoreNLP wrote in the training data, so that a tokenizer that keeps
 * the original characters gets the same features: curly and guillemet quotes become {@code ``} and
 * {@code ''}, a straight double quote opens or closes by parity, brackets become {@code -LRB-} and
 * friends, dashes {@code --}, the ellipsis {@code ...}, and curly apostrophes inside words {@code '}.
 */
final class TokenNormalizer {

    private TokenNormalizer() {
    }

    static String[] normalize(List<String> words) {
        String[] out = new String[words.size()];
        boolean quoteOpen = false;
        for (int i = 0; i < out.length; i++) {
            String w = words.get(i);
            if (w == null || w.isEmpty()) {
                out[i] = "-NONE-";
                continue;
            }
            if (w.equals("\"")) {
                out[i] = quoteOpen ? "''" : "``";
                quoteOpen = !quoteOpen;
                continue;
            }
            String n = normalize(w);
            if (n.equals("``")) {
                quoteOpen = true;
            } else if (n.equals("''")) {
                quoteOpen = false;
            }
            out[i] = n;
        }
        return out;
    }

    static String normalize(String w) {
        if (w.length() == 1) {
            switch (w.charAt(0)) {
                case '\u201c', '\u00ab', '\u201e':
                    return "``";
                case '\u201d', '\u00bb':
                    return "''";
                case '\u2018', '\u201a':
                    return "`";
                case '\u2019':
                    return "'";
                case '(':
                    return "-LRB-";
                case ')':
                    return "-RRB-";
                case '[':
                    return "-LSB-";
                case ']':
                    return "-RSB-";
                case '{':
                    return "-LCB-";
                case '}':
                    return "-RCB-";
                case '\u2014', '\u2013', '\u2015':
                    return "--";
                case '\u2026':
                    return "...";
                default:
                    return w;
            }
        }
        if (w.indexOf('\u2019') >= 0 || w.indexOf('\u2018') >= 0) {
            return w.replace('\u2019', '\'').replace('\u2018', '\'');
        }
        return w;
    }
}
