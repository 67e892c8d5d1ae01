package org.whosaid.eval.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.whosaid.syntax.ConllSentence;
import org.whosaid.syntax.DependencyParser;
import org.whosaid.syntax.PosTagger;

/**
 * Throughput of the part-of-speech tagger and the dependency parser on one thread (both are
 * thread-safe; a caller parallelises over sentences): tagging alone, then tagging with runner-ups
 * and parsing, over the same sentences, several timed passes after warm-up, medians reported.
 */
public final class SyntaxBench {

    /**
     * The figures of one benchmark.
     *
     * @param loadSeconds how long loading the tagger and the parser took, as measured by the caller
     * @param tagTokensPerSecond tagging alone, wall clock
     * @param parseTokensPerSecond tagging and parsing, wall clock
     * @param parseTokensPerCpuSecond tagging and parsing, per CPU-second of the thread (NaN when the
     *     JVM cannot measure thread CPU time); unlike wall clock, it does not fall when other work
     *     shares the machine
     * @param peakHeapBytes peak heap in use during the measured passes
     */
    public record Figures(int sentences, long tokens, int voters, int warmup, int runs, double loadSeconds,
            double tagTokensPerSecond, double parseTokensPerSecond, double parseTokensPerCpuSecond,
            double parseSentencesPerSecond, long peakHeapBytes) {
    }

    private SyntaxBench() {
    }

    public static Figures run(PosTagger tagger, DependencyParser parser, List<ConllSentence> sentences, int warmup,
            int runs, double loadSeconds) {
        Objects.requireNonNull(tagger, "tagger");
        Objects.requireNonNull(parser, "parser");
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("no sentences to parse");
        }
        if (warmup < 0 || runs < 1) {
            throw new IllegalArgumentException("warmup must be >= 0 and runs >= 1, got " + warmup + " and " + runs);
        }
        List<List<String>> words = sentences.stream().map(ConllSentence::words).toList();
        long tokens = words.stream().mapToLong(List::size).sum();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        List<Long> tagNanos = new ArrayList<>();
        List<Long> parseNanos = new ArrayList<>();
        List<Long> parseCpuNanos = new ArrayList<>();
        long sink = 0;
        for (int r = 0; r < warmup + runs; r++) {
            if (r == warmup) {
                Bench.resetPeaks();
            }
            long t0 = System.nanoTime();
            for (List<String> w : words) {
                sink += tagger.tag(w).length;
            }
            long t1 = System.nanoTime();
            long c1 = cpu ? threads.getCurrentThreadCpuTime() : 0;
            for (List<String> w : words) {
                sink += parser.parse(w, tagger.tagWithRunnersUp(w)).root();
            }
            long t2 = System.nanoTime();
            long c2 = cpu ? threads.getCurrentThreadCpuTime() : 0;
            if (r >= warmup) {
                tagNanos.add(t1 - t0);
                parseNanos.add(t2 - t1);
                parseCpuNanos.add(c2 - c1);
            }
        }
        if (sink == Long.MIN_VALUE) {
            throw new AssertionError("unreachable; keeps the work observable");
        }
        double parseSeconds = median(parseNanos) / 1e9;
        return new Figures(words.size(), tokens, parser.voterCount(), warmup, runs, loadSeconds,
                tokens / (median(tagNanos) / 1e9), tokens / parseSeconds,
                cpu ? tokens / (median(parseCpuNanos) / 1e9) : Double.NaN, words.size() / parseSeconds,
                Bench.peakHeap());
    }

    private static double median(List<Long> nanos) {
        return Math.max(1, BenchResult.median(nanos));
    }
}
