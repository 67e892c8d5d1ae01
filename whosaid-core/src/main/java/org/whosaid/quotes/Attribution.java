package org.whosaid.quotes;

import java.util.List;

import org.whosaid.model.QuoteType;
import org.whosaid.model.Span;

/**
 * The quote stage's output for one attribution, before speakers are resolved: what was said, the
 * cue, and the mention of the source as it appears in the text.
 *
 * @param content      the content's pieces (one, or several when a cue interrupts it)
 * @param cue          the cue words, or null
 * @param source       the source mention ("he", "the analyst", "Donald Trump"), or null
 * @param channel      where it was said ("on Twitter"), or null
 * @param time         when it was said ("last week"), or null
 */
public record Attribution(
        QuoteType type,
        List<Span> content,
        Span cue,
        Span source,
        Span channel,
        Span time,
        double confidence) {

    public Attribution {
        content = List.copyOf(content);
        if (content.isEmpty()) {
            throw new IllegalArgumentException("an attribution needs content");
        }
    }

    /** From the first content character to the last. */
    public Span contentSpan() {
        return new Span(content.get(0).start(), content.get(content.size() - 1).end());
    }
}
