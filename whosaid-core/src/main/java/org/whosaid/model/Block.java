package org.whosaid.model;

import java.util.Objects;

/** A structural block of an article (a paragraph, a caption, a heading...) and where it lies. */
public record Block(BlockKind kind, Span span) {
    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
    }
}
