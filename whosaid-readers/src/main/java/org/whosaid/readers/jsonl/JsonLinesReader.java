package org.whosaid.readers.jsonl;

import java.util.List;

import org.whosaid.model.Article;
import org.whosaid.readers.Origin;
import org.whosaid.readers.ReadItem;
import org.whosaid.readers.ReadItems;
import org.whosaid.readers.internal.LookaheadItems;
import org.whosaid.readers.ReaderOptions;
import org.whosaid.readers.html.HtmlReader;
import org.whosaid.readers.internal.Dates;
import org.whosaid.readers.text.Utf8;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads JSON Lines: one object per line with {@code text} (plain text, kept as is) or {@code html}
 * (read as an article fragment), and optionally {@code id}, {@code url}, {@code title},
 * {@code published} (ISO date), {@code outlet}, {@code authors} and {@code language}. A bad line is
 * a failure naming its line number; the other lines are still read. Lines are parsed one by one as
 * the items are consumed.
 */
public final class JsonLinesReader {
    private JsonLinesReader() {
    }

    public static ReadItems read(Origin origin, byte[] bytes, HtmlReader html, ReaderOptions options) {
        ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build())
                .build());
        return new LookaheadItems() {
            private int pos;
            private int line;

            @Override
            protected boolean exhausted() {
                return pos >= bytes.length;
            }

            @Override
            protected ReadItem advance() {
                int end = pos;
                while (end < bytes.length && bytes[end] != '\n') {
                    end++;
                }
                int start = pos;
                pos = end + 1;
                line++;
                return parseLine(origin, bytes, start, end, line, html, options, mapper);
            }

            @Override
            public void close() {
                pos = bytes.length;
                discardPending();
            }
        };
    }

    /** The item of one line, or null for a blank line. */
    private static ReadItem parseLine(Origin origin, byte[] bytes, int start, int end, int line,
            HtmlReader html, ReaderOptions options, ObjectMapper mapper) {
        String source = origin.source() + ":" + line;
        if (end - start > options.maxRecordBytes()) {
            return new ReadItem.Failed(source, "line longer than " + ReaderOptions.describeSize(options.maxRecordBytes()));
        }
        Utf8.Decoded decoded = Utf8.decode(bytes, start, end);
        if (!decoded.ok()) {
            return new ReadItem.Failed(source, "invalid UTF-8 at byte " + (decoded.errorAt() - start) + " of the line");
        }
        String json = decoded.text();
        if (json.isBlank()) {
            return null;
        }
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            return new ReadItem.Failed(source, "invalid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return new ReadItem.Failed(source, "not a JSON object");
        }
        String id = str(node, "id");
        id = id == null ? origin.id() + "-" + line : id;
        String text = str(node, "text");
        String htmlText = str(node, "html");
        if ((text == null || text.isBlank()) && (htmlText == null || htmlText.isBlank())) {
            return new ReadItem.Failed(source, "no \"text\" or \"html\" field");
        }
        String url = str(node, "url");
        List<String> authors = List.of();
        JsonNode a = node.get("authors");
        if (a != null && a.isArray()) {
            authors = new java.util.ArrayList<>();
            for (JsonNode x : a) {
                if (x.isTextual()) {
                    authors.add(x.asText());
                }
            }
        } else if (str(node, "author") != null) {
            authors = List.of(str(node, "author"));
        }
        Article known = Article.builder(id, text != null && !text.isBlank() ? text : "")
                .source(source)
                .title(str(node, "title"))
                .published(Dates.parse(str(node, "published")))
                .url(url)
                .outlet(str(node, "outlet"))
                .authors(authors)
                .language(str(node, "language"))
                .build();
        if (text != null && !text.isBlank()) {
            return new ReadItem.Loaded(known);
        }
        return html.readFragment(new Origin(id, source, url, null), htmlText, known);
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        return v.asText();
    }
}
