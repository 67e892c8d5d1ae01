package org.whosaid.text;

/** Coarse token classes; enough for sentence splitting, quote pairing and cue matching. */
public enum TokenKind {
    /** Letters, possibly with internal hyphens, apostrophes or periods (U.S., al-Shafi). */
    WORD,
    /** Digits with internal separators: 1.8, 11,000, 2014. */
    NUMBER,
    /** A quotation mark of any style; {@link QuoteMark} says which. */
    QUOTE,
    /** Sentence-final punctuation: . ! ? and ellipses. */
    TERMINAL,
    /** Any other punctuation or symbol. */
    PUNCT,
    /** A web address. */
    URL
}
