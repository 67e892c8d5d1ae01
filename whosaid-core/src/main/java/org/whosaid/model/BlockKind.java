package org.whosaid.model;

/** What a block of an article is; only body text can hold attributed quotations. */
public enum BlockKind {
    HEADLINE,
    HEADING,
    PARAGRAPH,
    CAPTION,
    CREDIT,
    FOOTNOTE,
    BYLINE,
    DATELINE;

    /** Whether quotations found in a block of this kind may be attributed to a speaker. */
    public boolean carriesSpeech() {
        return this == PARAGRAPH;
    }
}
