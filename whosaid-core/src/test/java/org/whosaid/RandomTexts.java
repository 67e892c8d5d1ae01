package org.whosaid;

import java.util.Random;

/**
 * Random article-like text for contract tests: a mix of letters, digits, spaces, line breaks,
 * punctuation, every quotation-mark style, surrogate pairs (and the odd lone surrogate), plus
 * fragments that exercise special cases (abbreviations, URLs, contractions, ellipses). Deterministic
 * for a given {@link Random}, so a failure can be reproduced from its seed and index.
 */
public final class RandomTexts {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\u00e9\u00fc\u00df\u0436\u0416\u05e9\u0627";
    private static final String DIGITS = "0123456789";
    private static final String SPACES = "     \t\u00a0\u2009\u200b";
    private static final String BREAKS = "\n\n\n\r\u2029\u2028\u0085";
    private static final String PUNCT = ".,.,;:!?()[]-\u2014\u2013/&%$#@*\u2026\u2022\u00a9";
    private static final String QUOTES = "\"'`\u201c\u201d\u2018\u2019\u201e\u201a\u00ab\u00bb\u2039\u203a\u201f\u201b\u301d\u301e\uff02";
    private static final String[] SUPPLEMENTARY = {
        "\ud83d\ude00", // grinning face
        "\ud83c\uddfa\ud83c\uddf8", // flag: two regional indicators
        "\ud835\udd38", // mathematical double-struck A, a letter
        "\ud840\udc00", // CJK extension B ideograph, a letter
        "\ud83d\udc4d\ud83c\udffd", // thumbs up with a skin-tone modifier
    };
    private static final String[] FRAGMENTS = {
        "U.S.", "Dr. ", "Gen. ", "a.m.", "p.m. ", "Mr.", "J. R. Smith", "1.8", "11,000", "2014", "22nd",
        "https://example.org/a?b=1.", "www.example.com", "http://", "...", "\u2026", "''", "``", "--",
        "n't", "'s", "\u2019s", "don't", "O\u2019Malley", "al-Shafi", "Trump\u2019s", "Kurds\u2019 ",
        ", \u201d", ".\u201d ", "\n\u201c", "\u201e", "\u201c", " \u00ab ", " \u00bb", "e\u0301", "\u0301",
        "\ufe0f", "The ", "said. ", "www.", "9am", "1990's",
    };

    private RandomTexts() {
    }

    /** One random text of at most {@code maxLength} UTF-16 chars. */
    public static String next(Random random, int maxLength) {
        int target = random.nextInt(maxLength + 1);
        StringBuilder b = new StringBuilder(target + 16);
        while (b.length() < target) {
            int pick = random.nextInt(100);
            if (pick < 45) {
                b.append(pickChar(random, LETTERS));
            } else if (pick < 60) {
                b.append(pickChar(random, SPACES));
            } else if (pick < 64) {
                b.append(pickChar(random, BREAKS));
            } else if (pick < 72) {
                b.append(pickChar(random, PUNCT));
            } else if (pick < 80) {
                b.append(pickChar(random, QUOTES));
            } else if (pick < 85) {
                b.append(pickChar(random, DIGITS));
            } else if (pick < 89) {
                b.append(SUPPLEMENTARY[random.nextInt(SUPPLEMENTARY.length)]);
            } else if (pick < 99) {
                b.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            } else {
                b.append(random.nextBoolean() ? '\ud800' : '\udc00'); // lone surrogates: bad input, not a crash
            }
        }
        if (b.length() > maxLength) {
            b.setLength(maxLength);
        }
        return b.toString();
    }

    private static char pickChar(Random random, String pool) {
        return pool.charAt(random.nextInt(pool.length()));
    }
}
