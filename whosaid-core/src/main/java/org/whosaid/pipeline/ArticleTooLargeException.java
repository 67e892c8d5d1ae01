package org.whosaid.pipeline;

/** Thrown when an article exceeds {@link PipelineOptions#maxChars()}. */
public final class ArticleTooLargeException extends IllegalArgumentException {
    public ArticleTooLargeException(String id, int length, int max) {
        super("article " + id + " has " + length + " chars, more than the limit of " + max);
    }
}
