package org.whosaid.eval.polnear;

import java.util.Locale;

/** Which part of PolNeAR to read; the test split is held out and not available here. */
public enum Split {
    TRAIN,
    DEV,
    /** Train and dev together. */
    ALL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean includes(String compartment) {
        return this == ALL ? compartment.equals("train") || compartment.equals("dev") : compartment.equals(label());
    }
}
