package org.whosaid.learned;

/**
 * Groups of features that can be switched off for an ablation. A model records the families it
 * was trained with and computes exactly those when it runs.
 */
public enum FeatureFamily {
    /** The words themselves: the token and its neighbours, lower-cased, and word pairs. */
    WORDS,
    /** Capitalisation/digit shape and suffixes. */
    SHAPE,
    /** Membership in the rules' cue lexicon. */
    LEXICON,
    /** Quotation-mark state: inside a quotation, marks next to the token, marks between token and cue. */
    QUOTES,
    /** Position: in the sentence, distance and direction to the cue, sentences and commas in between. */
    POSITION,
    /** The rules' own proposals (cue, source and content of {@link org.whosaid.quotes.QuoteFinder}). */
    RULES,
    /**
     * Part-of-speech tags from the attribution model's own {@link org.whosaid.syntax.PosTagger}: token,
     * neighbours, cue, tag pairs.
     */
    POS;

    int bit() {
        return 1 << ordinal();
    }

    /** Every family. */
    static int all() {
        return (1 << values().length) - 1;
    }
}
