package org.whosaid.readers;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The kinds of input whosaid reads, told apart by their first bytes rather than by file name, so a
 * saved page called {@code .txt} or a feed without extension still reads correctly.
 */
public enum Format {
    TEXT, HTML, WARC, FEED, JSON_LINES, GZIP;

    /** How many leading bytes {@link #sniff} looks at. */
    public static final int SNIFF_BYTES = 4096;

    /**
     * The format of a document from its first bytes: gzip magic, {@code WARC/}, an XML declaration
     * or root naming {@code rss}/{@code feed}/{@code rdf:RDF}, an HTML doctype or tag, a {@code {}
     * opening the first line; anything else is text.
     */
    public static Format sniff(byte[] head, int length) {
        int n = Math.min(length, head.length);
        if (n >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return GZIP;
        }
        String start = new String(head, 0, Math.min(n, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        if (start.startsWith("\u00ef\u00bb\u00bf")) { // UTF-8 byte order mark, seen as Latin-1
            start = start.substring(3);
        }
        if (start.startsWith("WARC/")) {
            return WARC;
        }
        String s = start.stripLeading();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("{")) {
            return JSON_LINES;
        }
        if (!lower.startsWith("<")) {
            return TEXT;
        }
        String root = firstElementName(lower);
        if (root.equals("rss") || root.equals("feed") || root.equals("rdf:rdf")) {
            return FEED;
        }
        if (lower.startsWith("<!doctype html") || root.equals("html") || root.equals("head")
                || root.equals("body") || lower.contains("<html") || lower.contains("<body")
                || lower.contains("<p>") || lower.contains("<div")) {
            return HTML;
        }
        return TEXT;
    }

    /** Name of the first element tag, skipping declarations, comments and processing instructions. */
    private static String firstElementName(String s) {
        int i = 0;
        while (i < s.length()) {
            int lt = s.indexOf('<', i);
            if (lt < 0 || lt + 1 >= s.length()) {
                return "";
            }
            char c = s.charAt(lt + 1);
            if (c == '?' || c == '!') {
                int close = s.startsWith("<!--", lt) ? s.indexOf("-->", lt) : s.indexOf('>', lt);
                if (close < 0) {
                    return "";
                }
                i = close + 1;
                continue;
            }
            int end = lt + 1;
            while (end < s.length() && !Character.isWhitespace(s.charAt(end))
                    && s.charAt(end) != '>' && s.charAt(end) != '/') {
                end++;
            }
            return s.substring(lt + 1, end);
        }
        return "";
    }
}
