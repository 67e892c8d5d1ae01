package org.whosaid.cli.output;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Progress of a batch on standard error: articles done out of the total when known, percent,
 * articles per second, time left and failures, redrawn in place at most ten times a second. The
 * live bar only appears on a terminal (or when forced), so logs and pipes stay clean; a single
 * summary line is printed at the end either way. Counting is thread-safe, so worker threads report
 * directly.
 *
 * <pre>{@code
 * try (ProgressBar progress = ProgressBar.start(files.size(), false)) {
 *     ... progress.succeeded(); ... progress.failed(); ...
 * }
 * }</pre>
 */
public final class ProgressBar implements AutoCloseable {
    /** Total to pass when it is not known in advance (reading stdin, walking a directory lazily). */
    public static final long UNKNOWN = -1;
    static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final int BAR_WIDTH = 24;

    private final long total;
    private final PrintStream err;
    private final boolean live;
    private final LongSupplier nanoClock;
    private final int width;
    private final long startNanos;
    private final AtomicLong succeeded = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong lastDraw;
    private final AtomicBoolean finished = new AtomicBoolean();
    /** Length of the last line drawn, so that a shorter one can blank what is left of it. */
    private int drawnLength;

    ProgressBar(long total, PrintStream err, boolean live, LongSupplier nanoClock, int width) {
        if (total < 0 && total != UNKNOWN) {
            throw new IllegalArgumentException("total must be >= 0 or UNKNOWN, was " + total);
        }
        this.total = total;
        this.err = Objects.requireNonNull(err, "err");
        this.live = live;
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.width = width;
        this.startNanos = nanoClock.getAsLong();
        this.lastDraw = new AtomicLong(startNanos - REDRAW_NANOS);
    }

    /**
     * A progress bar on {@code System.err} for {@code total} articles ({@link #UNKNOWN} if not known),
     * live when standard error is a terminal or {@code force} is set, as wide as {@code COLUMNS}.
     */
    public static ProgressBar start(long total, boolean force) {
        boolean live = force || Terminal.stderrIsTerminal();
        return new ProgressBar(total, System.err, live, System::nanoTime, OutputOptions.columns(System.getenv("COLUMNS")));
    }

    /** Counts one article done. */
    public void succeeded() {
        succeeded.incrementAndGet();
        maybeDraw();
    }

    /** Counts one input that failed. */
    public void failed() {
        failed.incrementAndGet();
        maybeDraw();
    }

    public long succeededCount() {
        return succeeded.get();
    }

    public long failedCount() {
        return failed.get();
    }

    /** Replaces the bar with the summary line; later calls do nothing. */
    @Override
    public void close() {
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        synchronized (this) {
            String summary = summaryLine(nanoClock.getAsLong());
            if (live) {
                err.print('\r' + summary + " ".repeat(Math.max(0, drawnLength - summary.length())) + '\n');
            } else {
                err.println(summary);
            }
            err.flush();
        }
    }

    private void maybeDraw() {
        if (!live || finished.get()) {
            return;
        }
        long now = nanoClock.getAsLong();
        long last = lastDraw.get();
        // one thread wins each tenth of a second; the others go straight back to work
        if (now - last < REDRAW_NANOS || !lastDraw.compareAndSet(last, now)) {
            return;
        }
        synchronized (this) {
            if (finished.get()) {
                return;
            }
            String line = barLine(now);
            err.print('\r' + line + " ".repeat(Math.max(0, drawnLength - line.length())));
            err.flush();
            drawnLength = line.length();
        }
    }

    /** The live line, cut to the terminal width so that it never wraps. */
    String barLine(long now) {
        long ok = succeeded.get();
        long bad = failed.get();
        long done = ok + bad;
        double seconds = (now - startNanos) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        StringBuilder line = new StringBuilder();
        if (total >= 0) {
            double fraction = total == 0 ? 1 : Math.min(1, done / (double) total);
            int filled = (int) Math.round(fraction * BAR_WIDTH);
            line.append('[').append("#".repeat(filled)).append("-".repeat(BAR_WIDTH - filled)).append("] ")
                    .append(done).append('/').append(total)
                    .append(String.format(Locale.ROOT, " %3d%%", (int) Math.floor(fraction * 100)));
        } else {
            line.append(done).append(done == 1 ? " article" : " articles");
        }
        line.append(String.format(Locale.ROOT, "  %.1f articles/s", rate));
        if (total >= 0 && rate > 0 && done < total) {
            line.append("  ETA ").append(duration((long) Math.ceil((total - done) / rate)));
        }
        if (bad > 0) {
            line.append("  ").append(bad).append(" failed");
        }
        int max = Math.max(10, width - 1);
        return line.length() > max ? line.substring(0, max) : line.toString();
    }

    String summaryLine(long now) {
        long ok = succeeded.get();
        long bad = failed.get();
        double seconds = (now - startNanos) / 1e9;
        double rate = seconds > 0 ? (ok + bad) / seconds : 0;
        return String.format(Locale.ROOT, "whosaid: %d %s, %d failed, in %.1f s (%.1f articles/s)",
                ok, ok == 1 ? "article" : "articles", bad, seconds, rate);
    }

    /** {@code m:ss}, or {@code h:mm:ss} from an hour on. */
    static String duration(long seconds) {
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }
}
