package io.factdesk.verification.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.factdesk.verification.ingestion.ArticleFetchException.Reason;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ArticleFetcherTest {

    private HttpServer server;
    private final ArticleFetcher fetcher = new ArticleFetcher(Duration.ofSeconds(1), Duration.ofSeconds(1), 1024);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        respond("/article", "text/html; charset=utf-8", 200, "<p>Kyiv’s drones</p>");
        respond("/text", "text/plain", 200, "Plain words.");
        respond("/big", "text/html", 200, "x".repeat(5000));
        respond("/pdf", "application/pdf", 200, "%PDF");
        respond("/missing", "text/html", 404, "gone");
        server.createContext("/slow", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("<p>start".getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(3000);
            } catch (InterruptedException | IOException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void respond(String path, String type, int status, String body) {
        server.createContext(path, exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void fetchesHtmlAndPlainText() throws Exception {
        FetchedDocument html = fetcher.fetch(url("/article"));
        FetchedDocument text = fetcher.fetch(url("/text"));

        assertThat(html.type()).isEqualTo(ContentType.HTML);
        assertThat(html.content()).isEqualTo("<p>Kyiv’s drones</p>");
        assertThat(text.type()).isEqualTo(ContentType.PLAIN_TEXT);
    }

    @Test
    void refusesPagesOverTheSizeLimit() {
        assertThatThrownBy(() -> fetcher.fetch(url("/big")))
                .isInstanceOfSatisfying(ArticleFetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE))
                .hasMessageContaining("larger than 1 KiB");
    }

    @Test
    void refusesContentThatIsNotAnArticle() {
        assertThatThrownBy(() -> fetcher.fetch(url("/pdf")))
                .isInstanceOfSatisfying(ArticleFetchException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_CONTENT))
                .hasMessageContaining("application/pdf");
    }

    @Test
    void reportsHttpErrors() {
        assertThatThrownBy(() -> fetcher.fetch(url("/missing")))
                .isInstanceOfSatisfying(ArticleFetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.HTTP_ERROR))
                .hasMessageContaining("404");
    }

    @Test
    void givesUpOnASlowBodyAtTheDeadline() {
        long started = System.nanoTime();

        assertThatThrownBy(() -> fetcher.fetch(url("/slow")))
                .isInstanceOfSatisfying(ArticleFetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void reportsUnreachableHost() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertThatThrownBy(() -> fetcher.fetch(URI.create("http://127.0.0.1:" + closedPort + "/")))
                .isInstanceOfSatisfying(ArticleFetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE))
                .hasMessageContaining("Cannot reach 127.0.0.1");
    }

    @Test
    void refusesNonHttpUrls() {
        assertThatThrownBy(() -> fetcher.fetch(URI.create("file:///etc/passwd")))
                .isInstanceOfSatisfying(ArticleFetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_URL));
    }
}
