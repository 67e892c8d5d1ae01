package org.whosaid.readers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

import org.whosaid.readers.feed.FeedReader;
import org.whosaid.readers.html.HtmlReader;
import org.whosaid.readers.jsonl.JsonLinesReader;
import org.whosaid.readers.text.TextReader;
import org.whosaid.readers.warc.WarcArticles;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * One fuzz test per reader: whatever the bytes, a reader returns items or failures and never
 * throws. In {@code mvn verify} these run once per seed in
 * {@code src/test/resources/org/whosaid/readers/ReadersFuzzTestInputs/METHOD/}; with
 * {@code JAZZER_FUZZ=1} Jazzer mutates the seeds for real (see docs/FUZZING.md).
 */
class ReadersFuzzTest {
    /** Small caps so that the fuzzer explores limits rather than memory. */
    private static final ReaderOptions OPTIONS = ReaderOptions.defaults()
            .withMaxInputBytes(1 << 20).withMaxDecompressedBytes(1 << 20).withMaxRecordBytes(1 << 18)
            .withMaxNestingDepth(64);
    private static final HtmlReader HTML = new HtmlReader(OPTIONS);

    private static void drain(Supplier<ReadItems> open) {
        try (ReadItems items = open.get()) {
            while (items.hasNext()) {
                assertThat(items.next()).isNotNull();
            }
        }
    }

    @FuzzTest(maxDuration = "30s")
    void fuzzSniffedInput(byte[] data) {
        drain(() -> new Inputs(OPTIONS).readBytes(Origin.of("fuzz", "fuzz"), data));
    }

    @FuzzTest(maxDuration = "30s")
    void fuzzText(byte[] data) {
        assertThat(TextReader.read(Origin.of("fuzz", "fuzz"), data)).isNotNull();
    }

    @FuzzTest(maxDuration = "30s")
    void fuzzHtml(byte[] data) {
        assertThat(HTML.read(Origin.of("fuzz", "fuzz"), data)).isNotNull();
    }

    @FuzzTest(maxDuration = "30s")
    void fuzzWarc(byte[] data) {
        drain(() -> WarcArticles.read(Origin.of("fuzz", "fuzz"), new ByteArrayInputStream(data), HTML, OPTIONS));
    }

    @FuzzTest(maxDuration = "30s")
    void fuzzFeed(byte[] data) {
        drain(() -> FeedReader.read(Origin.of("fuzz", "fuzz"), data, HTML));
    }

    @FuzzTest(maxDuration = "30s")
    void fuzzJsonLines(byte[] data) {
        drain(() -> JsonLinesReader.read(Origin.of("fuzz", "fuzz"), data, HTML, OPTIONS));
    }
}
