package org.whosaid.readers.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.whosaid.model.Article;
import org.whosaid.readers.Fixtures;
import org.whosaid.readers.Input;
import org.whosaid.readers.Inputs;
import org.whosaid.readers.ReadItem;
import org.whosaid.readers.ReadItems;
import org.whosaid.readers.ReaderOptions;

class WarcArticlesTest {
    @TempDir
    Path dir;

    static final Instant FETCHED = Instant.parse("2024-05-07T12:00:00Z");

    /** Writes a small crawl: a request, an HTML page, an image, a 404 page and a second HTML page. */
    static void writeCrawl(Path file, WarcCompression compression) throws IOException {
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), compression)) {
            w.write(new WarcRequest.Builder(URI.create("https://courier.example/bridge")).date(FETCHED)
                    .body(MediaType.HTTP_REQUEST, "GET /bridge HTTP/1.1\r\nHost: courier.example\r\n\r\n".getBytes(StandardCharsets.US_ASCII))
                    .build());
            w.write(response("https://courier.example/bridge", 200, "text/html; charset=utf-8", Fixtures.NEWS_PAGE));
            w.write(response("https://courier.example/logo.png", 200, "image/png", "\u0089PNG"));
            w.write(response("https://courier.example/missing", 404, "text/html", "<html><body><p>Not found</p></body></html>"));
            w.write(response("https://courier.example/fair", 200, "text/html",
                    "<html><body><article><p>The spring fair returns to the market square on Saturday, organisers said.</p></article></body></html>"));
        }
    }

    static WarcResponse response(String url, int status, String type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create(url)).date(FETCHED).body(http).build();
    }

    private static List<ReadItem> readAll(ReadItems items) {
        List<ReadItem> out = new ArrayList<>();
        try (items) {
            items.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void turnsEachHtmlResponseIntoAnArticleAndCountsTheRest() throws IOException {
        for (WarcCompression c : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
            Path file = dir.resolve(c == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc");
            writeCrawl(file, c);
            Inputs inputs = new Inputs(ReaderOptions.defaults());
            ReadItems items = inputs.read(Input.file(file));
            List<ReadItem> read = readAll(items);
            assertThat(read).hasSize(2).allMatch(i -> i instanceof ReadItem.Loaded);
            Article bridge = ((ReadItem.Loaded) read.get(0)).article();
            assertThat(bridge.id()).isEqualTo("https://courier.example/bridge");
            assertThat(bridge.source()).startsWith(file + "#record-2");
            assertThat(bridge.text()).contains("said Mayor Ann Lark").doesNotContain("waste of money");
            Article fair = ((ReadItem.Loaded) read.get(1)).article();
            assertThat(fair.url()).isEqualTo("https://courier.example/fair");
            assertThat(fair.published()).isEqualTo(LocalDate.of(2024, 5, 7));
            assertThat(items.skipped()).isEqualTo(Map.of("request record", 1L, "non-HTML response", 1L,
                    "HTTP status other than 200", 1L));
        }
    }

    @Test
    void reportsOversizedRecordsAndGoesOn() throws IOException {
        Path file = dir.resolve("crawl.warc");
        writeCrawl(file, WarcCompression.NONE);
        Inputs small = new Inputs(ReaderOptions.defaults().withMaxRecordBytes(1024));
        List<ReadItem> read = readAll(small.read(Input.file(file)));
        assertThat(read.get(0)).isInstanceOf(ReadItem.Failed.class);
        assertThat(((ReadItem.Failed) read.get(0)).reason()).isEqualTo("record larger than 1 KB");
        assertThat(read.get(1)).isInstanceOf(ReadItem.Loaded.class);
    }

    @Test
    void endsWithOneFailureWhenTheArchiveIsCutShort() throws IOException {
        Path file = dir.resolve("crawl.warc");
        writeCrawl(file, WarcCompression.NONE);
        byte[] all = Files.readAllBytes(file);
        Path cut = dir.resolve("cut.warc");
        Files.write(cut, java.util.Arrays.copyOf(all, all.length - 60));
        List<ReadItem> read = readAll(new Inputs(ReaderOptions.defaults()).read(Input.file(cut)));
        assertThat(read.get(0)).isInstanceOf(ReadItem.Loaded.class);
        assertThat(read.get(read.size() - 1)).isInstanceOf(ReadItem.Failed.class);
    }
}
