package org.whosaid.text;

/**
 * The quotation-mark styles whosaid understands, with the direction each one implies. Straight
 * marks are {@link Direction#EITHER}: their context decides.
 */
public enum QuoteMark {
    STRAIGHT_DOUBLE(Family.DOUBLE, Direction.EITHER),
    STRAIGHT_SINGLE(Family.SINGLE, Direction.EITHER),
    /** “ */
    LEFT_DOUBLE(Family.DOUBLE, Direction.OPEN),
    /** ” — also used as an opening mark in some styles; pairing allows that. */
    RIGHT_DOUBLE(Family.DOUBLE, Direction.CLOSE),
    /** ‘ */
    LEFT_SINGLE(Family.SINGLE, Direction.OPEN),
    /** ’ — more often an apostrophe than a quotation mark. */
    RIGHT_SINGLE(Family.SINGLE, Direction.CLOSE),
    /** „ */
    LOW_DOUBLE(Family.DOUBLE, Direction.OPEN),
    /** ‚ */
    LOW_SINGLE(Family.SINGLE, Direction.OPEN),
    /** « */
    LEFT_GUILLEMET(Family.DOUBLE, Direction.OPEN),
    /** » */
    RIGHT_GUILLEMET(Family.DOUBLE, Direction.CLOSE),
    /** ‹ */
    LEFT_SINGLE_GUILLEMET(Family.SINGLE, Direction.OPEN),
    /** › */
    RIGHT_SINGLE_GUILLEMET(Family.SINGLE, Direction.CLOSE),
    /** `` (TeX/PTB style opening) */
    DOUBLE_BACKTICK(Family.DOUBLE, Direction.OPEN),
    /** '' (doubled apostrophes) */
    DOUBLED_APOSTROPHE(Family.DOUBLE, Direction.EITHER);

    /** Marks of one family pair with each other: double with double, single with single. */
    public enum Family { DOUBLE, SINGLE }

    /** Which way a mark faces by itself. */
    public enum Direction { OPEN, CLOSE, EITHER }

    private final Family family;
    private final Direction direction;

    QuoteMark(Family family, Direction direction) {
        this.family = family;
        this.direction = direction;
    }

    public Family family() {
        return family;
    }

    public Direction direction() {
        return direction;
    }

    public static boolean isQuoteChar(char c) {
        switch (c) {
            case '"', '\'', '`', '\u201c', '\u201d', '\u2018', '\u2019', '\u201e', '\u201a',
                    '\u00ab', '\u00bb', '\u2039', '\u203a', '\u201f', '\u201b', '\u301d', '\u301e', '\uff02':
                return true;
            default:
                return false;
        }
    }

    /** The mark a quotation-mark token spells, or null when the token is not one ("`" alone). */
    public static QuoteMark of(CharSequence text, Token token) {
        char c = text.charAt(token.start());
        if (token.length() == 2) {
            return c == '`' ? DOUBLE_BACKTICK : DOUBLED_APOSTROPHE;
        }
        switch (c) {
            case '"', '\uff02': return STRAIGHT_DOUBLE;
            case '\'': return STRAIGHT_SINGLE;
            case '\u201c', '\u201f', '\u301d': return LEFT_DOUBLE;
            case '\u201d', '\u301e': return RIGHT_DOUBLE;
            case '\u2018', '\u201b': return LEFT_SINGLE;
            case '\u2019': return RIGHT_SINGLE;
            case '\u201e': return LOW_DOUBLE;
            case '\u201a': return LOW_SINGLE;
            case '\u00ab': return LEFT_GUILLEMET;
            case '\u00bb': return RIGHT_GUILLEMET;
            case '\u2039': return LEFT_SINGLE_GUILLEMET;
            case '\u203a': return RIGHT_SINGLE_GUILLEMET;
            default: return null;
        }
    }
}
