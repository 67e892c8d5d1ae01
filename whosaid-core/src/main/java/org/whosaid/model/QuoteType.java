package org.whosaid.model;

import java.util.Locale;

/** How a speaker's words are rendered: verbatim, partly verbatim, paraphrased, or a belief. */
public enum QuoteType {
    /** Verbatim words in quotation marks. */
    DIRECT,
    /** Reported speech that contains quoted fragments ("said Europe must 'pick up' ..."). */
    PARTIAL,
    /** Paraphrase without quotation marks ("X said that ..."). */
    REPORTED,
    /** Attributed belief or intention ("X believes ...", "X plans to ..."). */
    BELIEF;

    /** The lower-case name used in JSON and on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
