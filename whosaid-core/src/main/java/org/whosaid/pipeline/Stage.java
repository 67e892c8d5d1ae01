package org.whosaid.pipeline;

/** The pipeline's stages, in the order they run. */
public enum Stage {
    /** Tokens, sentences and quotation-mark pairs. */
    TEXT,
    /** Headline, paragraphs, captions, credits, footnotes. */
    STRUCTURE,
    /** Direct, partial and reported quotations with their cues. */
    QUOTES,
    /** Speaker mentions resolved to in-article entities. */
    SPEAKERS
}
