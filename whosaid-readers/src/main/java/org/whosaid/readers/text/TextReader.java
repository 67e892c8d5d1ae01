package org.whosaid.readers.text;

import org.whosaid.model.Article;
import org.whosaid.readers.Origin;
import org.whosaid.readers.ReadItem;

/**
 * Reads a plain UTF-8 text file into an article. The byte order mark is dropped and line ends are
 * kept exactly as in the file (CRLF stays CRLF), so the article text is the decoded file and every
 * offset the pipeline reports points into it. Binary, empty and invalid UTF-8 files are reported,
 * never repaired silently.
 */
public final class TextReader {
    private TextReader() {
    }

    /** Bytes scanned for binary content. */
    private static final int PROBE = 8192;

    public static ReadItem read(Origin origin, byte[] bytes) {
        String problem = problem(bytes);
        if (problem != null) {
            return new ReadItem.Failed(origin.source(), problem);
        }
        Utf8.Decoded d = Utf8.decode(bytes);
        if (!d.ok()) {
            return new ReadItem.Failed(origin.source(), "invalid UTF-8 at byte " + d.errorAt());
        }
        if (d.text().isBlank()) {
            return new ReadItem.Failed(origin.source(), "empty file (whitespace only)");
        }
        return new ReadItem.Loaded(Article.builder(origin.id(), d.text())
                .source(origin.source()).url(origin.url()).build());
    }

    /** Why these bytes are not readable text, or null when they may be. */
    static String problem(byte[] bytes) {
        if (bytes.length == 0) {
            return "empty file";
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
                || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe)) {
            return "UTF-16 text is not supported: convert it to UTF-8";
        }
        if (looksBinary(bytes)) {
            return "binary file";
        }
        return null;
    }

    /** A NUL byte, or more than one control character in ten, in the first {@value #PROBE} bytes. */
    public static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, PROBE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' || b == 0x7f) {
                control++;
            }
        }
        return n > 0 && control * 10 > n;
    }
}
