package org.whosaid.eval.score;

import java.util.List;
import java.util.Objects;

/**
 * One document to score: its text, its outlet (for the breakdown) and the gold and predicted
 * attributions over that text.
 */
public record DocumentCase(String id, String outlet, String text, List<Attribution> gold, List<Attribution> predicted) {
    public DocumentCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        outlet = outlet == null ? "unknown" : outlet;
        gold = List.copyOf(gold);
        predicted = List.copyOf(predicted);
    }
}
