package org.whosaid.readers;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.whosaid.readers.html.HtmlReader;
import org.whosaid.readers.internal.Bytes;

/**
 * Measures reader speed on the pages of an article-extraction directory ({@code html/*.html.gz}):
 * HTML extraction in pages/s and MB/s (parse + extract, pages already in memory, on all cores), and
 * WARC reading in records/s (a WARC.gz of the same pages written to a temporary file, then read
 * through {@link Inputs} on one thread, extraction included). Run:
 * {@code java -cp whosaid-cli/target/whosaid.jar org.whosaid.readers.ReaderBench ../shared/data/article-extraction}
 */
public final class ReaderBench {
    private ReaderBench() {
    }

    /** What was measured. */
    public record Figures(int pages, long bytes, int threads, double pagesPerSecond, double megabytesPerSecond,
            double pagesPerCpuSecond, int warcRecords, double warcRecordsPerSecond) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "HTML extraction: %d pages, %.1f MB, %d threads: %.0f pages/s, %.1f MB/s wall clock; "
                            + "%.0f pages per CPU-second (x %d cores = %.0f pages/s on an idle machine)%n"
                            + "WARC.gz reading (with extraction, 1 thread): %d records: %.0f records/s",
                    pages, bytes / 1e6, threads, pagesPerSecond, megabytesPerSecond, pagesPerCpuSecond, threads,
                    pagesPerCpuSecond * threads, warcRecords, warcRecordsPerSecond);
        }
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data/article-extraction");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.println(run(data, rounds, Runtime.getRuntime().availableProcessors()));
    }

    /** Extracts every page {@code rounds} times (after one warm-up round) and reads a WARC of them. */
    public static Figures run(Path data, int rounds, int threads) throws Exception {
        ReaderOptions options = ReaderOptions.defaults();
        List<byte[]> pages = load(data.resolve("html"), options);
        long bytes = pages.stream().mapToLong(p -> p.length).sum();
        HtmlReader reader = new HtmlReader(options);
        for (int i = 0; i < 3; i++) {
            extractAll(reader, pages, threads); // warm-up: let the JIT compile the hot paths
        }
        long t0 = System.nanoTime();
        long cpuNanos = 0;
        for (int i = 0; i < rounds; i++) {
            cpuNanos += extractAll(reader, pages, threads);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        // CPU time is what a busy machine cannot distort: wall-clock figures shrink under load
        double pagesPerCpuSecond = pages.size() * (double) rounds / (cpuNanos / 1e9);
        double pagesPerSecond = pages.size() * (double) rounds / seconds;
        double mbPerSecond = bytes * (double) rounds / 1e6 / seconds;

        Path warc = Files.createTempFile("whosaid-bench", ".warc.gz");
        try {
            writeWarc(warc, pages, rounds);
            Inputs inputs = new Inputs(options);
            countRecords(inputs, warc); // warm-up
            long w0 = System.nanoTime();
            int records = countRecords(inputs, warc);
            double warcSeconds = (System.nanoTime() - w0) / 1e9;
            return new Figures(pages.size(), bytes, threads, pagesPerSecond, mbPerSecond, pagesPerCpuSecond,
                    records, records / warcSeconds);
        } finally {
            Files.deleteIfExists(warc);
        }
    }

    private static List<byte[]> load(Path htmlDir, ReaderOptions options) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(htmlDir)) {
            files = s.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no html/*.html.gz pages under " + htmlDir);
        }
        List<byte[]> pages = new ArrayList<>();
        for (Path f : files) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                pages.add(Bytes.readAtMost(in, options.maxDecompressedBytes()));
            }
        }
        return pages;
    }

    /** Extracts every page on {@code threads} threads; returns the CPU time spent, in nanoseconds. */
    private static long extractAll(HtmlReader reader, List<byte[]> pages, int threads) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                byte[] page = pages.get(i);
                Origin origin = Origin.of("page-" + i, "page-" + i);
                results.add(pool.submit(() -> {
                    long c0 = mx.getCurrentThreadCpuTime();
                    reader.read(origin, page);
                    return mx.getCurrentThreadCpuTime() - c0;
                }));
            }
            long cpu = 0;
            for (Future<Long> f : results) {
                cpu += f.get();
            }
            return cpu;
        } finally {
            pool.shutdown();
        }
    }

    private static void writeWarc(Path file, List<byte[]> pages, int copies) throws IOException {
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
            for (int c = 0; c < copies; c++) {
                for (int i = 0; i < pages.size(); i++) {
                    HttpResponse http = new HttpResponse.Builder(200, "OK")
                            .body(MediaType.HTML_UTF8, pages.get(i)).build();
                    w.write(new WarcResponse.Builder(URI.create("https://bench.example/" + c + "/" + i))
                            .date(Instant.EPOCH).body(http).build());
                }
            }
        }
    }

    private static int countRecords(Inputs inputs, Path warc) {
        int n = 0;
        try (ReadItems items = inputs.read(Input.file(warc))) {
            while (items.hasNext()) {
                items.next();
                n++;
            }
        }
        return n;
    }
}
