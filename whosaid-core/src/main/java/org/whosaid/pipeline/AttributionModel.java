package org.whosaid.pipeline;

import java.util.Locale;

/** Which attribution finder the pipeline runs. */
public enum AttributionModel {
    /** Hand-written rules over quotation marks, cue words and clause structure. */
    RULES,
    /** The model trained on PolNeAR. */
    LEARNED,
    /** Rules and learned model together. */
    COMBINED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
