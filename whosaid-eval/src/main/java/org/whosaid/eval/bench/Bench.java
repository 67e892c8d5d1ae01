package org.whosaid.eval.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.IntUnaryOperator;
import java.util.stream.Stream;

import org.whosaid.model.Article;
import org.whosaid.pipeline.Pipeline;
import org.whosaid.pipeline.Stage;
import org.whosaid.pipeline.StageObserver;

/**
 * Measures the pipeline's throughput over a directory of texts: the full pipeline and a bare pass
 * (read and tokenize only) over the same files, on the same threads, each warmed up and then run
 * several times; the median run is reported. Both passes read and decode every file as part of
 * the timed work, as a user's run does (the files come from the page cache after the first read,
 * which is timed separately).
 */
public final class Bench {

    private final BenchOptions options;
    private final Pipeline pipeline;
    /** Receives the passes' results so the JIT cannot drop the work as dead code. */
    private volatile long sink;

    public Bench(BenchOptions options, Pipeline pipeline) {
        this.options = options;
        this.pipeline = pipeline;
    }

    /**
     * Runs the benchmark.
     *
     * @throws IllegalArgumentException when the directory holds no readable {@code .txt} file
     */
    public BenchResult run() {
        long readStart = System.nanoTime();
        List<Article> articles = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        long bytes = 0;
        for (Path p : listTexts()) {
            try {
                byte[] raw = Files.readAllBytes(p);
                String text = new String(raw, StandardCharsets.UTF_8);
                if (text.length() > pipeline.options().maxChars()) {
                    continue;
                }
                articles.add(Article.of(p.getFileName().toString(), text));
                paths.add(p);
                bytes += raw.length;
            } catch (IOException e) {
                // one unreadable file does not stop the benchmark; it simply is not part of it
                continue;
            }
        }
        long readNanos = System.nanoTime() - readStart;
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no readable .txt file in " + options.directory());
        }
        long tokens = 0;
        for (Article a : articles) {
            tokens += BarePass.tokens(a.text());
        }
        resetPeaks();
        AtomicLongArray stageTotals = new AtomicLongArray(Stage.values().length);
        StageObserver observer = (stage, nanos) -> stageTotals.addAndGet(stage.ordinal(), nanos);
        AtomicInteger failures = new AtomicInteger();
        List<Long> full = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        int threads = options.effectiveThreads();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "whosaid-bench");
            t.setDaemon(true);
            return t;
        });
        try {
            IntUnaryOperator fullPass = i -> {
                try {
                    Article a = Article.of(articles.get(i).id(), read(paths.get(i)));
                    return pipeline.analyze(a, observer).quotes().size();
                } catch (RuntimeException e) {
                    failures.incrementAndGet();
                    return 0;
                }
            };
            IntUnaryOperator barePass = i -> BarePass.tokens(read(paths.get(i)));
            for (int i = 0; i < options.warmup(); i++) {
                timed(pool, threads, articles, fullPass);
                timed(pool, threads, articles, barePass);
            }
            for (int i = 0; i < stageTotals.length(); i++) {
                stageTotals.set(i, 0);
            }
            failures.set(0);
            for (int i = 0; i < options.runs(); i++) {
                full.add(timed(pool, threads, articles, fullPass));
                bare.add(timed(pool, threads, articles, barePass));
            }
        } finally {
            pool.shutdownNow();
        }
        Map<Stage, Long> stages = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            stages.put(s, stageTotals.get(s.ordinal()) / options.runs());
        }
        return new BenchResult(options.directory().toString(), articles.size(), bytes, tokens, threads,
                options.warmup(), readNanos, full, bare, stages, peakHeap(), Runtime.getRuntime().maxMemory(),
                failures.get());
    }

    private List<Path> listTexts() {
        if (!Files.isDirectory(options.directory())) {
            throw new IllegalArgumentException("not a directory: " + options.directory());
        }
        try (Stream<Path> s = Files.list(options.directory())) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .sorted().limit(options.maxFiles()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + options.directory(), e);
        }
    }

    /** Reads and decodes one file; a file that vanished since the first read counts as empty. */
    private static String read(Path p) {
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** Runs {@code task} over every article index on {@code threads} workers pulling from a shared index. */
    private long timed(ExecutorService pool, int threads, List<Article> articles, IntUnaryOperator task) {
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<Long>> futures = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                long sum = 0;
                for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
                    sum += task.applyAsInt(i);
                }
                return sum;
            }));
        }
        long total = 0;
        try {
            for (Future<Long> f : futures) {
                total += f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("benchmark worker failed", e.getCause());
        }
        long nanos = System.nanoTime() - start;
        sink += total;
        return nanos;
    }

    static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
