package org.whosaid.readers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whosaid.model.Article;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** URL inputs against a local HTTP server only. */
class UrlInputTest {
    private HttpServer server;
    private String base;
    private final AtomicReference<String> userAgent = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/story", ex -> {
            userAgent.set(ex.getRequestHeaders().getFirst("User-Agent"));
            send(ex, 200, "text/html", Fixtures.NEWS_PAGE);
        });
        server.createContext("/moved", ex -> {
            ex.getResponseHeaders().add("Location", "/story");
            send(ex, 302, "text/plain", "");
        });
        server.createContext("/loop", ex -> {
            ex.getResponseHeaders().add("Location", "/loop");
            send(ex, 301, "text/plain", "");
        });
        server.createContext("/big", ex -> send(ex, 200, "text/plain", "word ".repeat(2000)));
        server.createContext("/gone", ex -> send(ex, 404, "text/plain", "no"));
        server.createContext("/slow", ex -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(ex, 200, "text/plain", "late");
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private List<ReadItem> read(Inputs inputs, String path) {
        return InputsTest.readAll(inputs, inputs.expand(List.of(base + path)).get(0));
    }

    private static String reason(List<ReadItem> items) {
        assertThat(items).hasSize(1).first().isInstanceOf(ReadItem.Failed.class);
        return ((ReadItem.Failed) items.get(0)).reason();
    }

    @Test
    void fetchesAPageFollowingRedirectsWithAClearUserAgent() {
        Inputs inputs = new Inputs(ReaderOptions.defaults());
        List<ReadItem> items = read(inputs, "/moved");
        Article a = ((ReadItem.Loaded) items.get(0)).article();
        assertThat(a.id()).isEqualTo(base + "/moved");
        assertThat(a.text()).contains("said Mayor Ann Lark");
        assertThat(userAgent.get()).startsWith("whosaid/");
    }

    @Test
    void reportsRedirectLoopsSizeLimitsErrorsAndTimeouts() {
        Inputs inputs = new Inputs(ReaderOptions.defaults().withMaxInputBytes(1024)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500)));
        assertThat(reason(read(inputs, "/loop"))).isEqualTo("more than 5 redirects");
        assertThat(reason(read(inputs, "/big"))).isEqualTo("larger than 1 KB");
        assertThat(reason(read(inputs, "/gone"))).isEqualTo("HTTP 404");
        assertThat(reason(read(inputs, "/slow"))).startsWith("no response within");
    }
}
