package org.whosaid.model;

import java.util.Objects;

/**
 * When something was said, as the article states it ("last week", "in August"), with its value
 * resolved against the publication date when that is known.
 *
 * @param value ISO 8601 date, month ("2019-08") or week ("2019-W41"), or null when unresolved
 */
public record TimeExpression(String text, Span span, String value) {
    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
