package org.whosaid.readers.jsonl;

import org.whosaid.readers.Origin;
import org.whosaid.readers.ReadItems;
import org.whosaid.readers.ReaderOptions;
import org.whosaid.readers.html.HtmlReader;

/** Reads JSON Lines: one article per line. */
public final class JsonLinesReader {
    private JsonLinesReader() {
    }

    public static ReadItems read(Origin origin, byte[] bytes, HtmlReader html, ReaderOptions options) {
        return ReadItems.failed(origin.source(), "JSON Lines are not supported yet");
    }
}
