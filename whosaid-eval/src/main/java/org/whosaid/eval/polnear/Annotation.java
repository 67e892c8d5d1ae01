package org.whosaid.eval.polnear;

import java.util.List;
import java.util.Objects;

import org.whosaid.eval.score.Attribution;

/** One annotator's attributions over one article, read from {@code NAME_ANNOTATOR.ann}. */
public record Annotation(String annotator, String file, List<Attribution> attributions) {
    public Annotation {
        Objects.requireNonNull(annotator, "annotator");
        Objects.requireNonNull(file, "file");
        attributions = List.copyOf(attributions);
    }
}
