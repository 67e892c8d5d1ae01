package org.whosaid.readers.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.whosaid.model.Article;
import org.whosaid.readers.Origin;
import org.whosaid.readers.ReadItem;
import org.whosaid.readers.ReadItems;
import org.whosaid.readers.html.HtmlReader;
import org.whosaid.readers.internal.Dates;

/**
 * Reads RSS 2.0 (and RSS 1.0) and Atom feeds: each item or entry becomes an article, its text from
 * {@code content:encoded}, Atom {@code content} or, failing those, the summary/description; its id
 * from the guid, Atom id or link; title, link, date and author from the item. The XML parser does
 * not resolve external entities, so a hostile feed cannot make it read files or the network.
 */
public final class FeedReader {
    private FeedReader() {
    }

    public static ReadItems read(Origin origin, byte[] bytes, HtmlReader html) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, origin.url() == null ? "" : origin.url(),
                    Parser.xmlParser());
        } catch (IOException | RuntimeException e) {
            return ReadItems.failed(origin.source(), "unparseable feed: " + e.getMessage());
        }
        Element channel = doc.selectFirst("channel, feed");
        String outlet = channel == null ? null : childText(channel, "title");
        List<Element> items = new ArrayList<>(doc.getElementsByTag("item"));
        items.addAll(doc.getElementsByTag("entry"));
        if (items.isEmpty()) {
            return ReadItems.failed(origin.source(), "feed has no items");
        }
        return new ReadItems() {
            private int index;

            @Override
            public boolean hasNext() {
                return index < items.size();
            }

            @Override
            public ReadItem next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Element item = items.get(index++);
                return toItem(origin, index, item, outlet, html);
            }

            @Override
            public void close() {
                index = items.size();
            }
        };
    }

    private static ReadItem toItem(Origin feed, int number, Element item, String outlet, HtmlReader html) {
        boolean atom = item.normalName().equals("entry");
        String link = atom ? atomLink(item) : childText(item, "link");
        String guid = atom ? childText(item, "id") : childText(item, "guid");
        String id = firstNonBlank(guid, link, feed.id() + "-" + number);
        String source = feed.source() + "#item-" + number + (link == null ? "" : " (" + link + ")");
        String content = firstNonBlank(childText(item, "content:encoded"), childText(item, "content"),
                childText(item, "description"), childText(item, "summary"));
        if (content == null) {
            return new ReadItem.Failed(source, "item has no content, description or summary");
        }
        String author = firstNonBlank(childText(item, "dc:creator"), childText(item, "author"));
        if (atom) {
            Element name = item.selectFirst("author > name");
            author = name == null ? author : name.text();
        }
        String title = childText(item, "title");
        Article known = Article.builder(id, "")
                .source(source)
                .title(title == null ? null : Jsoup.parse(title).text())
                .published(Dates.parse(firstNonBlank(childText(item, "pubDate"), childText(item, "published"),
                        childText(item, "dc:date"), childText(item, "updated"))))
                .url(link)
                .outlet(outlet)
                .authors(author == null || author.isBlank() ? List.of() : List.of(author.strip()))
                .build();
        return html.readFragment(new Origin(id, source, link, null), content, known);
    }

    private static String atomLink(Element entry) {
        String fallback = null;
        for (Element l : entry.getElementsByTag("link")) {
            String rel = l.attr("rel");
            if (rel.isEmpty() || rel.equals("alternate")) {
                return l.attr("href");
            }
            fallback = fallback == null ? l.attr("href") : fallback;
        }
        return fallback;
    }

    /** Text of the first direct child with this tag; entity-escaped HTML comes back as markup. */
    private static String childText(Element parent, String tag) {
        for (Element c : parent.children()) {
            if (c.normalName().equalsIgnoreCase(tag) || c.tagName().equalsIgnoreCase(tag)) {
                String t = c.wholeText();
                return t.isBlank() ? null : t.strip();
            }
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
