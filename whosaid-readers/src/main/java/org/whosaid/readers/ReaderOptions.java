package org.whosaid.readers;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits and settings for reading inputs. Every reader parses hostile data, so every size has a cap;
 * {@link #defaults()} suits a desktop run, a server may lower them.
 *
 * @param maxInputBytes        largest file, stdin or download accepted (compressed size)
 * @param maxDecompressedBytes largest size a gzip input may inflate to (guards against gzip bombs);
 *                             WARC files are streamed and use {@code maxRecordBytes} instead
 * @param maxRecordBytes       largest WARC record payload or JSON line turned into an article
 * @param maxNestingDepth      deepest HTML element nesting walked by the extractor; deeper content
 *                             is ignored
 * @param connectTimeout       URL fetching: time allowed to connect
 * @param requestTimeout       URL fetching: time allowed for the whole response
 * @param maxRedirects         URL fetching: redirects followed before giving up
 * @param userAgent            URL fetching: the User-Agent header sent
 */
public record ReaderOptions(
        long maxInputBytes,
        long maxDecompressedBytes,
        long maxRecordBytes,
        int maxNestingDepth,
        Duration connectTimeout,
        Duration requestTimeout,
        int maxRedirects,
        String userAgent) {

    public static final long MB = 1024L * 1024L;

    public ReaderOptions {
        positive("maxInputBytes", maxInputBytes);
        positive("maxDecompressedBytes", maxDecompressedBytes);
        positive("maxRecordBytes", maxRecordBytes);
        positive("maxNestingDepth", maxNestingDepth);
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero()
                || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive, were "
                    + connectTimeout + " and " + requestTimeout);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must be >= 0, was " + maxRedirects);
        }
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
    }

    /** 50 MB inputs, 200 MB inflated, 20 MB records, depth 512, 10 s connect, 30 s request, 5 redirects. */
    public static ReaderOptions defaults() {
        return new ReaderOptions(50 * MB, 200 * MB, 20 * MB, 512,
                Duration.ofSeconds(10), Duration.ofSeconds(30), 5,
                "whosaid/0.1 (quotation extraction; +https://github.com/whosaid)");
    }

    public ReaderOptions withMaxInputBytes(long v) {
        return new ReaderOptions(v, maxDecompressedBytes, maxRecordBytes, maxNestingDepth,
                connectTimeout, requestTimeout, maxRedirects, userAgent);
    }

    public ReaderOptions withMaxDecompressedBytes(long v) {
        return new ReaderOptions(maxInputBytes, v, maxRecordBytes, maxNestingDepth,
                connectTimeout, requestTimeout, maxRedirects, userAgent);
    }

    public ReaderOptions withMaxRecordBytes(long v) {
        return new ReaderOptions(maxInputBytes, maxDecompressedBytes, v, maxNestingDepth,
                connectTimeout, requestTimeout, maxRedirects, userAgent);
    }

    public ReaderOptions withMaxNestingDepth(int v) {
        return new ReaderOptions(maxInputBytes, maxDecompressedBytes, maxRecordBytes, v,
                connectTimeout, requestTimeout, maxRedirects, userAgent);
    }

    public ReaderOptions withTimeouts(Duration connect, Duration request) {
        return new ReaderOptions(maxInputBytes, maxDecompressedBytes, maxRecordBytes, maxNestingDepth,
                connect, request, maxRedirects, userAgent);
    }

    public ReaderOptions withMaxRedirects(int v) {
        return new ReaderOptions(maxInputBytes, maxDecompressedBytes, maxRecordBytes, maxNestingDepth,
                connectTimeout, requestTimeout, v, userAgent);
    }

    public ReaderOptions withUserAgent(String v) {
        return new ReaderOptions(maxInputBytes, maxDecompressedBytes, maxRecordBytes, maxNestingDepth,
                connectTimeout, requestTimeout, maxRedirects, v);
    }

    /** A size in the units people read: "50 MB", "512 KB", "300 bytes". */
    public static String describeSize(long bytes) {
        if (bytes >= MB && bytes % MB == 0) {
            return bytes / MB + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }

    private static void positive(String name, long v) {
        if (v <= 0) {
            throw new IllegalArgumentException(name + " must be > 0, was " + v);
        }
    }
}
