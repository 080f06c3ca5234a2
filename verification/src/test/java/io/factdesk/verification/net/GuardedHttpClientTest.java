package io.factdesk.verification.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.factdesk.verification.net.OutboundException.Kind;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guarded client against a real HTTP server on loopback. The server is reachable only because 127.0.0.1 is on
 * the allow-list; the same server under any other name or address is refused.
 */
class GuardedHttpClientTest {

    private HttpServer server;
    /** Requests the server received: path and Host header. */
    private final Queue<String> seen = new ConcurrentLinkedQueue<>();
    private final GuardedHttpClient client = new GuardedHttpClient(new OutboundPolicy(List.of("127.0.0.1")),
            HostResolver.SYSTEM, Duration.ofMillis(500));

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            seen.add(exchange.getRequestURI().getPath() + " " + exchange.getRequestHeaders().getFirst("Host"));
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/to/")) {
                exchange.getResponseHeaders().add("Location", path.substring(4).replaceFirst("/", "://"));
                exchange.sendResponseHeaders(302, -1);
            } else if (path.equals("/loop")) {
                exchange.getResponseHeaders().add("Location", "/loop");
                exchange.sendResponseHeaders(301, -1);
            } else if (path.equals("/big")) {
                exchange.sendResponseHeaders(200, 0); // chunked: no length to trust
                try (OutputStream out = exchange.getResponseBody()) {
                    for (int i = 0; i < 100; i++) {
                        out.write(new byte[1024]);
                    }
                }
            } else if (path.equals("/slow")) {
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream out = exchange.getResponseBody()) {
                    for (int i = 0; i < 30; i++) {
                        out.write('x');
                        out.flush();
                        Thread.sleep(100);
                    }
                } catch (InterruptedException | IOException e) {
                    Thread.currentThread().interrupt();
                }
            } else {
                byte[] body = "hello".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/plain");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        client.close();
    }

    private int port() {
        return server.getAddress().getPort();
    }

    private OutboundResponse get(GuardedHttpClient c, String url) throws OutboundException {
        return c.send(OutboundRequest.get(URI.create(url), Duration.ofSeconds(2), 10_000));
    }

    @Test
    void reachesAnAllowListedHost() throws Exception {
        OutboundResponse response = get(client, "http://127.0.0.1:" + port() + "/page");

        assertThat(response.status()).isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("hello");
        assertThat(response.contentType()).isEqualTo("text/plain");
    }

    @Test
    void refusesTheSameServerUnderNamesAndAddressesThatAreNotAllowListed() {
        for (String url : new String[] {"http://localhost:" + port() + "/page", "http://[::1]:" + port() + "/page",
                "http://127.0.0.2:" + port() + "/page", "http://[::ffff:127.0.0.1]:" + port() + "/page",
                "http://2130706433:" + port() + "/page", "http://0177.0.0.1:" + port() + "/page"}) {
            assertThatThrownBy(() -> get(client, url)).as(url).isInstanceOfSatisfying(OutboundException.class,
                    e -> assertThat(e.kind()).isEqualTo(Kind.REFUSED)).hasMessage("refused: address not allowed");
        }
        assertThat(seen).isEmpty();
    }

    @Test
    void aNameThatResolvesToLoopbackIsRefusedAfterTheLookup() {
        GuardedHttpClient named = new GuardedHttpClient(new OutboundPolicy(List.of("127.0.0.1")),
                host -> List.of(InetAddress.getByName("127.0.0.1")), Duration.ofMillis(500));

        assertThatThrownBy(() -> get(named, "http://news.example:" + port() + "/page"))
                .isInstanceOfSatisfying(OutboundException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REFUSED));
        assertThat(seen).isEmpty();
        named.close();
    }

    @Test
    void aRedirectToLoopbackIsRefused() {
        assertThatThrownBy(() -> get(client, "http://127.0.0.1:" + port() + "/to/http/localhost:" + port() + "/secret"))
                .isInstanceOfSatisfying(OutboundException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REFUSED));
        assertThatThrownBy(() -> get(client, "http://127.0.0.1:" + port() + "/to/http/169.254.169.254/latest"))
                .isInstanceOfSatisfying(OutboundException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REFUSED));
        assertThat(seen).allMatch(s -> s.startsWith("/to/")).hasSize(2);
    }

    @Test
    void followsAllowedRedirectsUpToTheLimit() throws Exception {
        OutboundResponse response = get(client, "http://127.0.0.1:" + port() + "/to/http/127.0.0.1:" + port() + "/end");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.uri().getPath()).isEqualTo("/end");
        assertThatThrownBy(() -> get(client, "http://127.0.0.1:" + port() + "/loop"))
                .isInstanceOfSatisfying(OutboundException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.TOO_MANY_REDIRECTS));
        assertThat(seen.stream().filter(s -> s.startsWith("/loop"))).hasSize(OutboundRequest.DEFAULT_MAX_REDIRECTS + 1);
    }

    @Test
    void aPostReturnsARedirectWithoutFollowingIt() throws Exception {
        OutboundResponse response = client.send(OutboundRequest.post(
                URI.create("http://127.0.0.1:" + port() + "/to/http/localhost/x"), "{}".getBytes(StandardCharsets.UTF_8),
                "application/json", Duration.ofSeconds(2)));

        assertThat(response.status()).isEqualTo(302);
        assertThat(seen).hasSize(1);
    }

    @Test
    void connectsToTheCheckedAddressAndSendsTheOriginalHostName() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        GuardedHttpClient pinned = new GuardedHttpClient(new OutboundPolicy(List.of("cms.internal.example")),
                host -> {
                    lookups.incrementAndGet();
                    return List.of(InetAddress.getByName("127.0.0.1"));
                }, Duration.ofMillis(500));

        OutboundResponse response = get(pinned, "http://cms.internal.example:" + port() + "/page");

        assertThat(response.status()).isEqualTo(200);
        assertThat(seen).containsExactly("/page cms.internal.example:" + port());
        assertThat(lookups).hasValue(1);
        pinned.close();
    }

    @Test
    void aNameThatRebindsToLoopbackAfterTheCheckStillGetsTheCheckedAddress() {
        // First answer public (TEST-NET-1, which goes nowhere), every later answer loopback: a client that looked
        // the name up again to connect would reach the loopback server.
        AtomicInteger lookups = new AtomicInteger();
        GuardedHttpClient pinned = new GuardedHttpClient(OutboundPolicy.publicOnly(), host -> {
            String answer = lookups.getAndIncrement() == 0 ? "192.0.2.1" : "127.0.0.1";
            return List.of(InetAddress.getByName(answer));
        }, Duration.ofMillis(500));

        assertThatThrownBy(() -> get(pinned, "http://rebind.example:" + port() + "/page"))
                .isInstanceOfSatisfying(OutboundException.class,
                        e -> assertThat(e.kind()).isIn(Kind.UNREACHABLE, Kind.TIMEOUT));
        assertThat(lookups).as("one lookup, used for both the check and the connection").hasValue(1);
        assertThat(seen).isEmpty();
        // The next connection looks the name up again, and its loopback answer is refused.
        assertThatThrownBy(() -> get(pinned, "http://rebind.example:" + port() + "/page"))
                .isInstanceOfSatisfying(OutboundException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REFUSED));
        assertThat(seen).isEmpty();
        pinned.close();
    }

    @Test
    void stopsReadingAtTheSizeLimit() {
        assertThatThrownBy(() -> get(client, "http://127.0.0.1:" + port() + "/big"))
                .isInstanceOfSatisfying(OutboundException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TOO_LARGE));
    }

    @Test
    void givesUpOnATricklingBodyAtTheDeadline() {
        long started = System.nanoTime();

        assertThatThrownBy(() -> client.send(OutboundRequest.get(URI.create("http://127.0.0.1:" + port() + "/slow"),
                Duration.ofMillis(800), 10_000)))
                .isInstanceOfSatisfying(OutboundException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TIMEOUT));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
    }
}
