package org.whosaid.eval.score;

import java.util.Locale;

/** The parts of an attribution that are scored separately. */
public enum Role {
    /** Who is speaking or believing. */
    SOURCE,
    /** The words that mark the attribution ("said", "according to"). */
    CUE,
    /** What is attributed. */
    CONTENT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
