package org.whosaid.eval.score;

import java.util.Objects;

import org.whosaid.model.QuoteType;

/**
 * One attribution as the scorer sees it, gold or predicted: its source, cue and content (each
 * possibly {@link Pieces#EMPTY}) and its quotation type.
 */
public record Attribution(Pieces source, Pieces cue, Pieces content, QuoteType type) {

    public Attribution {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(type, "type");
    }

    public Pieces role(Role role) {
        return switch (role) {
            case SOURCE -> source;
            case CUE -> cue;
            case CONTENT -> content;
        };
    }

    public boolean isEmpty() {
        return source.isEmpty() && cue.isEmpty() && content.isEmpty();
    }
}
