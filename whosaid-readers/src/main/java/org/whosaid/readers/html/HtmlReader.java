package org.whosaid.readers.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.whosaid.model.Article;
import org.whosaid.readers.Origin;
import org.whosaid.readers.ReadItem;
import org.whosaid.readers.ReaderOptions;

/** Reads an HTML page into an article: parses it, then extracts the article body and metadata. */
public final class HtmlReader {
    private final ReaderOptions options;

    public HtmlReader(ReaderOptions options) {
        this.options = options;
    }

    /** Parses page bytes; the charset comes from the BOM or meta tags, UTF-8 otherwise. */
    public ReadItem read(Origin origin, byte[] bytes) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, origin.url() == null ? "" : origin.url());
        } catch (IOException | RuntimeException e) {
            return new ReadItem.Failed(origin.source(), "unparseable HTML: " + e.getMessage());
        }
        return read(origin, doc);
    }

    public ReadItem read(Origin origin, Document doc) {
        String text = doc.body() == null ? "" : doc.body().text();
        if (text.isBlank()) {
            return new ReadItem.Failed(origin.source(), "no article text found in the page");
        }
        return new ReadItem.Loaded(Article.builder(origin.id(), text).source(origin.source())
                .title(doc.title()).url(origin.url()).build());
    }

    ReaderOptions options() {
        return options;
    }
}
