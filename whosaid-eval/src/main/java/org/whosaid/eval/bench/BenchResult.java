package org.whosaid.eval.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.whosaid.pipeline.Stage;

/**
 * What {@link Bench} measured.
 *
 * @param files          texts read
 * @param bytes          their size in bytes (UTF-8 on disk)
 * @param tokens         tokens in all texts, as the bare pass counts them
 * @param readNanos      time of the first read of every file, before any timed pass
 * @param fullNanos      wall time of each measured full-pipeline run
 * @param bareNanos      wall time of each measured bare (read and tokenize only) run
 * @param stageNanos     per stage, time summed over threads and averaged over the measured runs
 * @param peakHeapBytes  the highest heap use seen (sum of the heap pools' peaks) over all runs
 * @param maxHeapBytes   the heap limit (-Xmx)
 * @param failures       articles the pipeline failed on, over all runs
 */
public record BenchResult(String directory, int files, long bytes, long tokens, int threads, int warmup,
                          long readNanos, List<Long> fullNanos, List<Long> bareNanos, Map<Stage, Long> stageNanos,
                          long peakHeapBytes, long maxHeapBytes, int failures) {

    public BenchResult {
        fullNanos = List.copyOf(fullNanos);
        bareNanos = List.copyOf(bareNanos);
        stageNanos = Map.copyOf(stageNanos);
        if (fullNanos.isEmpty() || bareNanos.isEmpty()) {
            throw new IllegalArgumentException("at least one measured run is needed");
        }
    }

    public long medianFullNanos() {
        return median(fullNanos);
    }

    public long medianBareNanos() {
        return median(bareNanos);
    }

    public double articlesPerSecond() {
        return files / seconds(medianFullNanos());
    }

    public double megabytesPerSecond() {
        return bytes / 1e6 / seconds(medianFullNanos());
    }

    public double tokensPerSecond() {
        return tokens / seconds(medianFullNanos());
    }

    public double bareArticlesPerSecond() {
        return files / seconds(medianBareNanos());
    }

    /** How many times slower the full pipeline is than the bare pass. */
    public double fullToBareRatio() {
        return (double) medianFullNanos() / Math.max(1, medianBareNanos());
    }

    private static double seconds(long nanos) {
        return Math.max(1, nanos) / 1e9;
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
