package org.whosaid.model;

import java.util.Objects;

/**
 * Who a quotation is attributed to: the mention that introduces it ("he", "the analyst") with its
 * span, and the canonical name and id of the in-article entity it resolves to.
 *
 * @param name canonical name of the resolved entity ("Donald Trump"), or the mention when unresolved
 * @param entityId id of an {@link Entity} of the same analysis, or null when unresolved
 */
public record Speaker(String name, String mention, Span span, String entityId) {
    public Speaker {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(span, "span");
    }
}
