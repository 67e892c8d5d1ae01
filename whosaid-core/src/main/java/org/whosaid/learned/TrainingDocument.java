package org.whosaid.learned;

import java.util.List;
import java.util.Objects;

import org.whosaid.model.Span;

/**
 * One annotated article for {@link Trainer}: its text and its gold attributions, independent of
 * the corpus format they were read from.
 */
public record TrainingDocument(String id, String text, List<Gold> attributions) {

    public TrainingDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        attributions = List.copyOf(attributions);
    }

    /** One gold attribution; each role is a list of pieces, empty when the role is absent. */
    public record Gold(List<Span> source, List<Span> cue, List<Span> content) {
        public Gold {
            source = List.copyOf(source);
            cue = List.copyOf(cue);
            content = List.copyOf(content);
        }
    }
}
