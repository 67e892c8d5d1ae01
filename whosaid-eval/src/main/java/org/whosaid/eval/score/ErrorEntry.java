package org.whosaid.eval.score;

import java.util.Objects;

/**
 * One miss or false alarm: its cause, the document and the attributions involved.
 *
 * @param text      the document's text, for showing context
 * @param gold      the gold attribution, or null for a false alarm
 * @param predicted the predicted attribution matched to it, or null when the content was missed
 */
public record ErrorEntry(ErrorCause cause, String documentId, String text, Attribution gold, Attribution predicted) {
    public ErrorEntry {
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(text, "text");
        if (gold == null && predicted == null) {
            throw new IllegalArgumentException("an error needs a gold or a predicted attribution");
        }
    }
}
