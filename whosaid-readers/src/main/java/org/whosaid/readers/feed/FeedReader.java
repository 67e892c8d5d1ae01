package org.whosaid.readers.feed;

import org.whosaid.readers.Origin;
import org.whosaid.readers.ReadItems;
import org.whosaid.readers.html.HtmlReader;

/** Reads RSS 2.0 and Atom feeds: each item becomes an article. */
public final class FeedReader {
    private FeedReader() {
    }

    public static ReadItems read(Origin origin, byte[] bytes, HtmlReader html) {
        return ReadItems.failed(origin.source(), "feeds are not supported yet");
    }
}
