package io.factdesk.verification.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.factdesk.verification.ingestion.ArticleFetchException.Reason;
import io.factdesk.verification.net.GuardedHttpClient;
import io.factdesk.verification.net.HostResolver;
import io.factdesk.verification.net.OutboundPolicy;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ArticleFetcherTest {

    private HttpServer server;
    /** The test server runs on loopback, which only an allow-list entry makes reachable. */
    private final GuardedHttpClient client = new GuardedHttpClient(new OutboundPolicy(List.of("127.0.0.1")),
            HostResolver.SYSTEM, Duration.ofSeconds(1));
    private final ArticleFetcher fetcher = new ArticleFetcher(client, Duration.ofSeconds(1), 1024);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        respond("/article", "text/html; charset=utf-8", 200, "<p>Kyiv’s drones</p>");
        respond("/text", "text/plain", 200, "Plain words.");
        respond("/big", "text/html", 200, "x".repeat(5000));
        respond("/pdf", "application/pdf", 200, "%PDF");
        respond("/missing", "text/html", 404, "gone");
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://localhost:" + server.getAddress().getPort()
                    + "/article");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
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
        client.close();
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
    void refusesInternalAddressesThatAreNotAllowListed() {
        int port = server.getAddress().getPort();
        for (String url : new String[] {"http://localhost:" + port + "/article", "http://[::1]:" + port + "/article",
                "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://0177.0.0.1:" + port + "/"}) {
            assertThatThrownBy(() -> fetcher.fetch(URI.create(url))).as(url)
                    .isInstanceOfSatisfying(ArticleFetchException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_ALLOWED))
                    .hasMessageContaining("address not allowed");
        }
    }

    @Test
    void refusesARedirectToAnInternalAddress() {
        assertThatThrownBy(() -> fetcher.fetch(url("/moved")))
                .isInstanceOfSatisfying(ArticleFetchException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_ALLOWED));
    }

    @Test
    void refusesNonHttpUrls() {
        assertThatThrownBy(() -> fetcher.fetch(URI.create("file:///etc/passwd")))
                .isInstanceOfSatisfying(ArticleFetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_URL));
    }
}
