package org.whosaid.readers.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.whosaid.readers.ReaderOptions;

/**
 * Fetches one URL with the limits of {@link ReaderOptions}: connect and request timeouts, a size
 * cap and a bounded number of redirects (followed here, not by the client, so that the count and
 * the schemes are checked). Failures are values with a reason a person can act on.
 */
public final class Fetcher {
    private final ReaderOptions options;
    private final HttpClient client;

    public Fetcher(ReaderOptions options) {
        this.options = options;
        this.client = HttpClient.newBuilder()
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** What a fetch gave. */
    public sealed interface Result permits Page, Failure {
    }

    /** A successful response body (at most {@code maxInputBytes}). */
    public record Page(URI finalUri, String contentType, byte[] body, Instant fetched) implements Result {
    }

    /** Why nothing usable was fetched. */
    public record Failure(String reason) implements Result {
    }

    public Result fetch(URI start) {
        URI uri = start;
        for (int hop = 0; hop <= options.maxRedirects(); hop++) {
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return new Failure("unsupported URL scheme: " + uri);
            }
            HttpRequest request;
            try {
                request = HttpRequest.newBuilder(uri)
                        .timeout(options.requestTimeout())
                        .header("User-Agent", options.userAgent())
                        .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
                        .GET().build();
            } catch (IllegalArgumentException e) {
                return new Failure("not a valid URL: " + e.getMessage());
            }
            HttpResponse<InputStream> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpConnectTimeoutException e) {
                return new Failure("connection timed out after " + options.connectTimeout().toSeconds() + " s");
            } catch (HttpTimeoutException e) {
                return new Failure("no response within " + options.requestTimeout().toSeconds() + " s");
            } catch (ConnectException e) {
                return new Failure("connection refused");
            } catch (IOException e) {
                return new Failure("fetch failed: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Failure("interrupted");
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                closeQuietly(response.body());
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    return new Failure("HTTP " + status + " without a Location header");
                }
                try {
                    uri = uri.resolve(location.get().trim());
                } catch (IllegalArgumentException e) {
                    return new Failure("bad redirect location: " + location.get());
                }
                continue;
            }
            try (InputStream body = response.body()) {
                if (status != 200) {
                    return new Failure("HTTP " + status);
                }
                long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (declared > options.maxInputBytes()) {
                    return tooLarge();
                }
                byte[] bytes = Bytes.readAtMost(body, options.maxInputBytes());
                return new Page(uri, response.headers().firstValue("Content-Type").orElse(""), bytes, Instant.now());
            } catch (Bytes.TooLargeException e) {
                return tooLarge();
            } catch (HttpTimeoutException e) {
                return new Failure("no response within " + options.requestTimeout().toSeconds() + " s");
            } catch (IOException e) {
                return new Failure("fetch failed: " + e.getMessage());
            }
        }
        return new Failure("more than " + options.maxRedirects() + " redirects");
    }

    private Failure tooLarge() {
        return new Failure("larger than " + ReaderOptions.describeSize(options.maxInputBytes()));
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // the redirect is followed regardless
        }
    }
}
