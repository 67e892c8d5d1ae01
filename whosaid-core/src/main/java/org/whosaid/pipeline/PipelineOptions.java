package org.whosaid.pipeline;

import java.util.Objects;

/**
 * How a {@link Pipeline} is configured.
 *
 * @param model    which attribution finder runs
 * @param maxChars articles longer than this are rejected with {@link ArticleTooLargeException},
 *                 which bounds the memory and time one article can take
 * @param threads  worker threads for {@link Pipeline#analyzeAll}; 0 means one per core
 */
public record PipelineOptions(AttributionModel model, int maxChars, int threads) {

    /** 4 M chars: far above any news article, small enough to keep memory bounded. */
    public static final int DEFAULT_MAX_CHARS = 4_000_000;

    public PipelineOptions {
        Objects.requireNonNull(model, "model");
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive, was " + maxChars);
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be >= 0, was " + threads);
        }
    }

    /**
     * The combined finder (rules first, then the learned model's further attributions): it scores
     * best on PolNeAR dev while keeping every rule attribution of the reference sample.
     */
    public static PipelineOptions defaults() {
        return new PipelineOptions(AttributionModel.COMBINED, DEFAULT_MAX_CHARS, 0);
    }

    public PipelineOptions withModel(AttributionModel model) {
        return new PipelineOptions(model, maxChars, threads);
    }

    public PipelineOptions withMaxChars(int maxChars) {
        return new PipelineOptions(model, maxChars, threads);
    }

    public PipelineOptions withThreads(int threads) {
        return new PipelineOptions(model, maxChars, threads);
    }

    /** The number of worker threads this resolves to on this machine. */
    public int effectiveThreads() {
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }
}
