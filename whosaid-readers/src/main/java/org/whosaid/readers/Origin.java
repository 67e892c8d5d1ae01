package org.whosaid.readers;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a document came from, handed to a format reader so that the articles it builds carry a
 * stable id and a source to report.
 *
 * @param id      article id to use when the document has none of its own (file name without
 *                extension, URL, ...)
 * @param source  what to name in messages: the path as given, {@code "-"}, a URL or
 *                {@code path#record-N}
 * @param url     the URL the document was fetched from, or null
 * @param fetched when it was fetched (WARC date, HTTP response), or null
 */
public record Origin(String id, String source, String url, Instant fetched) {
    public Origin {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
    }

    public static Origin of(String id, String source) {
        return new Origin(id, source, null, null);
    }
}
