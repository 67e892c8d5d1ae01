package org.whosaid.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpanTest {

    @Test
    void trimmedDropsWhiteSpaceQuotationMarksAndPunctuationAtTheEdgesOnly() {
        String text = "She said: “the pier, it is safe.” ";
        Span span = new Span(text.indexOf(':'), text.length());
        assertThat(span.trimmed(text).of(text)).isEqualTo("the pier, it is safe");
    }

    @Test
    void trimmedIsNullWhenOnlyPunctuationIsLeft() {
        String text = "a “ — ” b";
        assertThat(new Span(1, text.length() - 1).trimmed(text)).isNull();
    }
}
