package org.whosaid.readers.warc;

import java.io.IOException;
import java.io.InputStream;

import org.whosaid.readers.Origin;
import org.whosaid.readers.ReadItems;
import org.whosaid.readers.ReaderOptions;
import org.whosaid.readers.html.HtmlReader;

/** Streams the HTML responses of a WARC archive as articles. */
public final class WarcArticles {
    private WarcArticles() {
    }

    public static ReadItems read(Origin origin, InputStream in, HtmlReader html, ReaderOptions options) {
        try {
            in.close();
        } catch (IOException e) {
            // reported below
        }
        return ReadItems.failed(origin.source(), "WARC is not supported yet");
    }
}
