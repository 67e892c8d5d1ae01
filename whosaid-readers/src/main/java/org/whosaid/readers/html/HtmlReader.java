package org.whosaid.readers.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.whosaid.model.Article;
import org.whosaid.model.Block;
import org.whosaid.model.BlockKind;
import org.whosaid.model.Span;
import org.whosaid.readers.Origin;
import org.whosaid.readers.ReadItem;
import org.whosaid.readers.ReaderOptions;

/**
 * Reads an HTML page into an article: parses it, extracts the article with {@link HtmlExtractor},
 * and lays the blocks out as the article text, separated by blank lines, with each block's kind
 * in {@link Article#knownBlocks()} so that captions, credits and bylines are not taken for speech.
 * Thread-safe.
 */
public final class HtmlReader {
    private final HtmlExtractor extractor;

    public HtmlReader(ReaderOptions options) {
        this.extractor = new HtmlExtractor(options);
    }

    /** Parses page bytes (charset from the byte order mark or meta tags, else UTF-8) and reads it. */
    public ReadItem read(Origin origin, byte[] bytes) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, origin.url() == null ? "" : origin.url());
        } catch (IOException | RuntimeException e) {
            return new ReadItem.Failed(origin.source(), "unparseable HTML: " + e.getMessage());
        }
        return read(origin, doc);
    }

    /** Parses an HTML string (a feed item's content, a JSON Lines {@code html} field) and reads it. */
    public ReadItem read(Origin origin, String html) {
        return read(origin, Jsoup.parse(html, origin.url() == null ? "" : origin.url()));
    }

    /**
     * Reads an HTML fragment that is all article (feed item content, a JSON Lines {@code html}
     * field). {@code known} carries the metadata from the container (title, date, URL...); its text
     * is replaced by the fragment's.
     */
    public ReadItem readFragment(Origin origin, String fragment, Article known) {
        List<Extraction.TextBlock> blocks;
        try {
            blocks = extractor.fragmentBlocks(Jsoup.parseBodyFragment(fragment, origin.url() == null ? "" : origin.url()));
        } catch (RuntimeException e) {
            return new ReadItem.Failed(origin.source(), "unparseable HTML: " + e.getMessage());
        }
        if (blocks.isEmpty()) {
            return new ReadItem.Failed(origin.source(), "no text in the HTML");
        }
        StringBuilder text = new StringBuilder();
        List<Block> spans = new ArrayList<>();
        for (Extraction.TextBlock b : blocks) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(b.text());
            spans.add(new Block(b.kind(), new Span(start, text.length())));
        }
        return new ReadItem.Loaded(rebuild(known, text.toString(), spans));
    }

    private static Article rebuild(Article base, String text, List<Block> blocks) {
        return Article.builder(base.id(), text).source(base.source()).title(base.title())
                .published(base.published()).url(base.url()).outlet(base.outlet()).authors(base.authors())
                .language(base.language()).knownBlocks(blocks).build();
    }

    /** Reads a parsed page; the document is modified. */
    public ReadItem read(Origin origin, Document doc) {
        Extraction x;
        try {
            x = extractor.extract(doc, origin.url());
        } catch (RuntimeException e) {
            return new ReadItem.Failed(origin.source(), "could not extract the article: " + e);
        }
        if (x.bodyText().isBlank()) {
            return new ReadItem.Failed(origin.source(), "no article text found in the page");
        }
        return new ReadItem.Loaded(toArticle(origin, x));
    }

    /** The article for an extraction: blocks joined by blank lines, spans pointing at each. */
    public static Article toArticle(Origin origin, Extraction x) {
        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        for (Extraction.TextBlock b : x.blocks()) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(b.text());
            blocks.add(new Block(b.kind(), new Span(start, text.length())));
        }
        String url = x.canonicalUrl() != null ? x.canonicalUrl() : origin.url();
        return Article.builder(origin.id(), text.toString())
                .source(origin.source())
                .title(x.title())
                .published(x.published() != null ? x.published()
                        : origin.fetched() == null ? null : origin.fetched().atZone(java.time.ZoneOffset.UTC).toLocalDate())
                .url(url)
                .outlet(x.outlet())
                .authors(x.authors())
                .language(x.language())
                .knownBlocks(blocks)
                .build();
    }

    public HtmlExtractor extractor() {
        return extractor;
    }
}
