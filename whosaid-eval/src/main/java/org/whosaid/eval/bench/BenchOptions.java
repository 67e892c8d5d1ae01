package org.whosaid.eval.bench;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to run {@link Bench}.
 *
 * @param directory where the {@code .txt} files are (not recursive)
 * @param threads   worker threads; 0 means one per core
 * @param runs      measured runs; the median is reported
 * @param warmup    runs before measuring, to let the JIT compile the hot paths
 * @param maxFiles  at most this many files are read (sorted by name), to bound memory
 */
public record BenchOptions(Path directory, int threads, int runs, int warmup, int maxFiles) {
    public BenchOptions {
        Objects.requireNonNull(directory, "directory");
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be >= 0, was " + threads);
        }
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be >= 1, was " + runs);
        }
        if (warmup < 0) {
            throw new IllegalArgumentException("warmup must be >= 0, was " + warmup);
        }
        if (maxFiles < 1) {
            throw new IllegalArgumentException("maxFiles must be >= 1, was " + maxFiles);
        }
    }

    public int effectiveThreads() {
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }
}
