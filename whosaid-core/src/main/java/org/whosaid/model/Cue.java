package org.whosaid.model;

import java.util.Objects;

/** The words that mark an attribution ("said", "according to", "wrote on Twitter"). */
public record Cue(String text, Span span) {
    public Cue {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
