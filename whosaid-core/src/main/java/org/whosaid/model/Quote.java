package org.whosaid.model;

import java.util.List;
import java.util.Objects;

/**
 * One attributed quotation: its content, how it was marked and who said it.
 *
 * @param span       the content, from the first to the last character (quotation marks excluded)
 * @param fragments  the content's pieces when it is interrupted by a cue ("...," he said, "...");
 *                   a single span equal to {@code span} otherwise
 * @param cue        the attribution cue, or null when none was found
 * @param speaker    the speaker, or null when it could not be found
 * @param channel    where it was said ("Twitter", "an interview with RT"), or null
 * @param time       when it was said, or null
 * @param confidence between 0 and 1
 */
public record Quote(
        String id,
        QuoteType type,
        String text,
        Span span,
        List<Span> fragments,
        Cue cue,
        Speaker speaker,
        String channel,
        TimeExpression time,
        double confidence) {

    public Quote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        fragments = List.copyOf(fragments);
        if (fragments.isEmpty()) {
            throw new IllegalArgumentException("a quote needs at least one fragment");
        }
        for (Span f : fragments) {
            if (!span.contains(f)) {
                throw new IllegalArgumentException("fragment " + f + " lies outside quote span " + span);
            }
        }
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence must be in [0,1], was " + confidence);
        }
    }
}
