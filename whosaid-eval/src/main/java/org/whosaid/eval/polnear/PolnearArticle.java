package org.whosaid.eval.polnear;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.whosaid.model.Article;

/**
 * One PolNeAR article with its annotations, in the order of the annotators column of
 * {@code metadata.tsv}. The first annotation is the gold standard; the others, when there are any,
 * only serve to measure inter-annotator agreement.
 *
 * @param split "train" or "dev"
 */
public record PolnearArticle(String name, String split, String outlet, LocalDate published, String text,
                             List<Annotation> annotations) {
    public PolnearArticle {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        annotations = List.copyOf(annotations);
        if (annotations.isEmpty()) {
            throw new IllegalArgumentException("article " + name + " has no annotation");
        }
    }

    /** The first annotator's attributions: what the pipeline is scored against. */
    public Annotation gold() {
        return annotations.get(0);
    }

    /**
     * The article as the pipeline gets it: its text, outlet and date. The title is left to the
     * pipeline, which reads the first line as the headline, as it would for any plain text file.
     */
    public Article toArticle() {
        return Article.builder(name, text).source(split + "/text/" + name + ".txt")
                .outlet(outlet).published(published).build();
    }
}
