package org.whosaid.readers.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.whosaid.readers.ReaderOptions;
import org.whosaid.readers.html.Extraction;
import org.whosaid.readers.html.HtmlExtractor;
import org.whosaid.readers.internal.Bytes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs the article extractor over an article-extraction benchmark directory ({@code html/KEY.html.gz}
 * and {@code ground-truth.json}) and scores it with {@link ShingleScorer}.
 */
public final class ExtractionEval {
    private final HtmlExtractor extractor;
    private final ReaderOptions options;

    public ExtractionEval(ReaderOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.extractor = new HtmlExtractor(options);
    }

    /** One page: its key, the true and the predicted body, and the counts. */
    public record Page(String key, String truth, String predicted, ShingleScorer.PageScore score) {
    }

    /** Every page and the averages. */
    public record Result(List<Page> pages, ShingleScorer.Summary summary) {
        /** Predictions in the benchmark's format, keyed in sorted order. */
        public Map<String, Map<String, String>> predictions() {
            Map<String, Map<String, String>> out = new TreeMap<>();
            for (Page p : pages) {
                out.put(p.key(), Map.of("articleBody", p.predicted()));
            }
            return out;
        }
    }

    /** Fails with a message naming what is missing when the directory is not a benchmark. */
    public Result run(Path dataDir) throws IOException {
        Path truthFile = dataDir.resolve("ground-truth.json");
        Path htmlDir = dataDir.resolve("html");
        if (!Files.isRegularFile(truthFile) || !Files.isDirectory(htmlDir)) {
            throw new IOException(dataDir + " is not an article-extraction data directory: it needs "
                    + "ground-truth.json and html/");
        }
        JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
        List<Page> pages = new ArrayList<>();
        Map<String, JsonNode> sorted = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            sorted.put(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, JsonNode> e : sorted.entrySet()) {
            String key = e.getKey();
            String expected = e.getValue().path("articleBody").asText("");
            String url = e.getValue().path("url").asText(null);
            Path page = htmlDir.resolve(key + ".html.gz");
            String predicted = Files.isRegularFile(page) ? extract(page, url) : "";
            pages.add(new Page(key, expected, predicted, ShingleScorer.score(expected, predicted)));
        }
        return new Result(pages, ShingleScorer.summarize(pages.stream().map(Page::score).toList()));
    }

    /** The body text extracted from one gzipped page. */
    public String extract(Path gzPage, String url) throws IOException {
        byte[] html;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gzPage))) {
            html = Bytes.readAtMost(in, options.maxDecompressedBytes());
        }
        Document doc = Jsoup.parse(new java.io.ByteArrayInputStream(html), null, url == null ? "" : url);
        Extraction x = extractor.extract(doc, url);
        return x.bodyText();
    }

    /** Keys ordered by F1, worst first: where to look when improving the extractor. */
    public static List<Page> worst(Result r, int n) {
        List<Page> copy = new ArrayList<>(r.pages());
        copy.sort((a, b) -> Double.compare(f1(a.score()), f1(b.score())));
        return copy.subList(0, Math.min(n, copy.size()));
    }

    static double f1(ShingleScorer.PageScore s) {
        double p = Double.isNaN(s.precision()) ? 0 : s.precision();
        double r = Double.isNaN(s.recall()) ? 0 : s.recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

}
