package org.whosaid.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** Driven by a hand-moved clock, so nothing here depends on how fast the machine is. */
class ProgressBarTest {
    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void redrawsAtMostTenTimesASecond() {
        ProgressBar bar = new ProgressBar(1000, err, true, clock::get, 120);
        for (int i = 0; i < 1000; i++) {
            clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(2));
            bar.succeeded();
        }

        // 1,000 articles in two seconds: twenty redraws, not a thousand
        long redraws = output().chars().filter(c -> c == '\r').count();
        assertThat(redraws).isBetween(19L, 21L);
    }

    @Test
    void showsDoneTotalPercentRateTimeLeftAndFailures() {
        ProgressBar bar = new ProgressBar(200, err, true, clock::get, 120);
        for (int i = 0; i < 48; i++) {
            bar.succeeded();
        }
        bar.failed();
        bar.failed();
        clock.addAndGet(TimeUnit.SECONDS.toNanos(10));

        assertThat(bar.barLine(clock.get()))
                .isEqualTo("[######------------------] 50/200  25%  5.0 articles/s  ETA 0:30  2 failed");
    }

    @Test
    void countsWithoutPercentOrTimeLeftWhenTheTotalIsUnknown() {
        ProgressBar bar = new ProgressBar(ProgressBar.UNKNOWN, err, true, clock::get, 120);
        for (int i = 0; i < 30; i++) {
            bar.succeeded();
        }
        clock.addAndGet(TimeUnit.SECONDS.toNanos(3));

        assertThat(bar.barLine(clock.get())).isEqualTo("30 articles  10.0 articles/s");
    }

    @Test
    void neverWrapsANarrowTerminal() {
        ProgressBar bar = new ProgressBar(100_000, err, true, clock::get, 40);
        bar.failed();
        clock.addAndGet(TimeUnit.SECONDS.toNanos(1));

        assertThat(bar.barLine(clock.get())).hasSizeLessThan(40);
    }

    @Test
    void printsOnlyTheSummaryWhenNotOnATerminal() {
        ProgressBar bar = new ProgressBar(3, err, false, clock::get, 120);
        bar.succeeded();
        bar.succeeded();
        bar.failed();
        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(1500));
        bar.close();
        bar.close();

        assertThat(output()).isEqualTo("whosaid: 2 articles, 1 failed, in 1.5 s (2.0 articles/s)" + System.lineSeparator());
    }

    @Test
    void replacesTheLiveBarWithTheSummary() {
        ProgressBar bar = new ProgressBar(2, err, true, clock::get, 120);
        bar.succeeded();
        clock.addAndGet(TimeUnit.SECONDS.toNanos(1));
        bar.succeeded();
        bar.close();

        String out = output();
        assertThat(out).startsWith("\r[").endsWith("\n");
        String last = out.substring(out.lastIndexOf('\r') + 1).strip();
        assertThat(last).isEqualTo("whosaid: 2 articles, 0 failed, in 1.0 s (2.0 articles/s)");
    }

    @Test
    void countsEveryIncrementFromManyThreads() throws InterruptedException {
        ProgressBar bar = new ProgressBar(ProgressBar.UNKNOWN, err, true, System::nanoTime, 120);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int id = t;
            threads.add(new Thread(() -> {
                for (int i = 0; i < 5000; i++) {
                    if (id == 0 && i % 10 == 0) {
                        bar.failed();
                    } else {
                        bar.succeeded();
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(bar.failedCount()).isEqualTo(500);
        assertThat(bar.succeededCount()).isEqualTo(4 * 5000 - 500);
    }

    @Test
    void formatsTimeLeftInMinutesOrHours() {
        assertThat(ProgressBar.duration(59)).isEqualTo("0:59");
        assertThat(ProgressBar.duration(61)).isEqualTo("1:01");
        assertThat(ProgressBar.duration(3 * 3600 + 5)).isEqualTo("3:00:05");
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
