package org.whosaid.readers.warc;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.whosaid.readers.Origin;
import org.whosaid.readers.ReadItem;
import org.whosaid.readers.ReadItems;
import org.whosaid.readers.internal.LookaheadItems;
import org.whosaid.readers.ReaderOptions;
import org.whosaid.readers.html.HtmlReader;
import org.whosaid.readers.internal.Bytes;

/**
 * Streams the HTML responses of a WARC or WARC.gz archive as articles, one record at a time, so a
 * multi-gigabyte crawl reads in bounded memory. Each HTTP 200 response with an HTML payload becomes
 * an article whose id and URL are the record's target URI and whose fetch date is the record's
 * date. Other records are counted in {@link ReadItems#skipped()}; truncated, oversized and broken
 * records become failures; a broken archive structure ends the stream with one failure.
 */
public final class WarcArticles extends LookaheadItems {
    private final Origin origin;
    private final HtmlReader html;
    private final ReaderOptions options;
    private final InputStream in;
    private WarcReader reader;
    private final Map<String, Long> skipped = new TreeMap<>();
    private boolean done;
    private long recordNumber;

    private WarcArticles(Origin origin, InputStream in, HtmlReader html, ReaderOptions options) {
        this.origin = origin;
        this.html = html;
        this.options = options;
        this.in = in;
    }

    /** Reads the archive in {@code in} (plain or gzip per record), which this closes when closed. */
    public static ReadItems read(Origin origin, InputStream in, HtmlReader html, ReaderOptions options) {
        return new WarcArticles(origin, in, html, options);
    }

    @Override
    protected boolean exhausted() {
        return done;
    }

    @Override
    public Map<String, Long> skipped() {
        return Map.copyOf(skipped);
    }

    /** The next item, or null when a record was skipped (and {@link #done} once the archive ends). */
    @Override
    protected ReadItem advance() {
        Optional<WarcRecord> next;
        try {
            if (reader == null) {
                reader = new WarcReader(in);
                reader.setLenient(true);
            }
            next = reader.next();
        } catch (IOException | RuntimeException e) {
            done = true;
            return new ReadItem.Failed(origin.source() + "#record-" + (recordNumber + 1),
                    "malformed WARC, stopped reading: " + message(e));
        }
        if (next.isEmpty()) {
            done = true;
            return null;
        }
        recordNumber++;
        return toItem(next.get());
    }

    private ReadItem toItem(WarcRecord record) {
        if (!(record instanceof WarcResponse response)) {
            skip(record.type() + " record");
            return null;
        }
        String target = response.target();
        String source = origin.source() + "#record-" + recordNumber + " (" + target + ")";
        try {
            if (response.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
                return new ReadItem.Failed(source, "truncated record (" + response.truncated().name().toLowerCase(Locale.ROOT) + ")");
            }
            if (!response.contentType().base().equals(MediaType.HTTP)) {
                skip("non-HTTP response");
                return null;
            }
            HttpResponse http = response.http();
            if (http.status() != 200) {
                skip("HTTP status other than 200");
                return null;
            }
            MediaType type = http.contentType().base();
            if (!type.equals(MediaType.HTML) && !type.toString().equals("application/xhtml+xml")) {
                skip("non-HTML response");
                return null;
            }
            long size = http.body().size();
            if (size > options.maxRecordBytes()) {
                return new ReadItem.Failed(source, "record larger than " + ReaderOptions.describeSize(options.maxRecordBytes()));
            }
            byte[] body;
            try (InputStream bodyIn = http.bodyDecoded().stream()) {
                body = Bytes.readAtMost(bodyIn, options.maxRecordBytes());
            } catch (Bytes.TooLargeException e) {
                return new ReadItem.Failed(source, "record decodes to more than " + ReaderOptions.describeSize(options.maxRecordBytes()));
            }
            Origin page = new Origin(target, source, target, response.date());
            return html.read(page, body);
        } catch (IOException | RuntimeException e) {
            return new ReadItem.Failed(source, "malformed record: " + message(e));
        }
    }

    private void skip(String why) {
        skipped.merge(why, 1L, Long::sum);
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public void close() {
        done = true;
        try {
            if (reader != null) {
                reader.close();
            }
            in.close();
        } catch (IOException e) {
            // closing a read-only stream: nothing to recover
        }
    }
}
