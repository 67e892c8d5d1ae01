package org.whosaid.model;

/**
 * What a block of an article is. Only body text and the headline ("Mayor says bridge will open")
 * hold attributed quotations; headings, captions, credits, footnotes, bylines and datelines never do.
 */
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
        return this == PARAGRAPH || this == HEADLINE;
    }
}
