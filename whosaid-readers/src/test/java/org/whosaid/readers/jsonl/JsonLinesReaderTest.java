package org.whosaid.readers.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.whosaid.model.Article;
import org.whosaid.readers.Origin;
import org.whosaid.readers.ReadItem;
import org.whosaid.readers.ReadItems;
import org.whosaid.readers.ReaderOptions;
import org.whosaid.readers.html.HtmlReader;

class JsonLinesReaderTest {
    private List<ReadItem> read(String jsonl, ReaderOptions options) {
        List<ReadItem> out = new ArrayList<>();
        try (ReadItems items = JsonLinesReader.read(Origin.of("batch", "batch.jsonl"),
                jsonl.getBytes(StandardCharsets.UTF_8), new HtmlReader(options), options)) {
            items.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void readsOneArticlePerLineAndReportsBadLinesByNumber() {
        String jsonl = """
                {"id": "a1", "url": "https://x.example/a1", "title": "Dam report", "published": "2024-03-01T10:00:00Z", "text": "\\"We are ready,\\" said the engineer."}
                {"id": "a2", "text": "Broken line
                
                {"id": "a3", "html": "<p>The pool reopens.</p><script>alert(1)</script>"}
                {"id": "a4", "title": "nothing here"}
                [1, 2]
                """;
        List<ReadItem> items = read(jsonl, ReaderOptions.defaults());
        assertThat(items).hasSize(5);
        Article a1 = ((ReadItem.Loaded) items.get(0)).article();
        assertThat(a1.id()).isEqualTo("a1");
        assertThat(a1.text()).isEqualTo("\"We are ready,\" said the engineer.");
        assertThat(a1.published()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(a1.title()).isEqualTo("Dam report");
        assertThat(a1.url()).isEqualTo("https://x.example/a1");
        assertThat(items.get(1)).isInstanceOf(ReadItem.Failed.class);
        assertThat(items.get(1).source()).isEqualTo("batch.jsonl:2");
        assertThat(((ReadItem.Failed) items.get(1)).reason()).startsWith("invalid JSON");
        assertThat(((ReadItem.Loaded) items.get(2)).article().text()).isEqualTo("The pool reopens.");
        assertThat(items.get(3)).isEqualTo(new ReadItem.Failed("batch.jsonl:5", "no \"text\" or \"html\" field"));
        assertThat(items.get(4)).isEqualTo(new ReadItem.Failed("batch.jsonl:6", "not a JSON object"));
    }

    @Test
    void reportsLinesLongerThanTheRecordCap() {
        String jsonl = "{\"id\": \"big\", \"text\": \"" + "x".repeat(2000) + "\"}\n{\"id\": \"ok\", \"text\": \"fine\"}\n";
        List<ReadItem> items = read(jsonl, ReaderOptions.defaults().withMaxRecordBytes(1024));
        assertThat(items.get(0)).isEqualTo(new ReadItem.Failed("batch.jsonl:1", "line longer than 1 KB"));
        assertThat(((ReadItem.Loaded) items.get(1)).article().id()).isEqualTo("ok");
    }
}
