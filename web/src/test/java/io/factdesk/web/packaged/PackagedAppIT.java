package io.factdesk.web.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packaged app as an operator runs it with no database configured: it starts its own embedded PostgreSQL,
 * migrates it and reports healthy on the management port; its verification aids load their models from the jar
 * and embed text (the demo data's articles and claims), which the tests in Quarkus's own class loaders cannot
 * show; stopping the app (SIGTERM) stops that server too, leaving no process behind. Without its secrets it
 * refuses to start and says which variables to set.
 */
class PackagedAppIT {

    private static final Pattern STARTED = Pattern.compile("Embedded PostgreSQL started at (jdbc:postgresql://localhost:(\\d+)/\\w+)");
    private static final String DEMO_READY = "Demo data ready";

    @Test
    void startsItsOwnDatabaseAndStopsItOnShutdown() throws Exception {
        int port = freePort();
        int management = freePort();
        Path log = Files.createTempFile("factdesk-packaged", ".log");
        ProcessBuilder builder = app(port, management, log);
        builder.environment().put("FACTDESK_CSRF_KEY", "packaged-test-csrf-key-0123456789abcdef");
        builder.environment().put("FACTDESK_TIPS_CLIENT_KEY_SALT", "packaged-test-tip-salt-0123456789abcdef");
        builder.environment().put("FACTDESK_SESSION_SECRET", "packaged-test-session-secret-0123456789ab");
        // Production refuses to start without the key that encrypts webhook secrets.
        builder.environment().put("FACTDESK_WEBHOOK_SECRET_KEY", "packaged-test-webhook-secret-key-0123456789");
        // The demo articles go through the whole analysis, and the demo claims are embedded for matching.
        builder.environment().put("FACTDESK_DEMO_DATA_ENABLED", "true");
        Process app = builder.start();
        try {
            assertThat(waitForHealth(management)).as("health of the packaged app, log: %s", log).isEqualTo(200);
            Matcher started = STARTED.matcher(Files.readString(log));
            assertThat(started.find()).as("no embedded server in %s", log).isTrue();
            int dbPort = Integer.parseInt(started.group(2));
            assertThat(postgresRunningOn(dbPort)).isTrue();

            assertThat(waitForLog(log, DEMO_READY)).as("demo data in %s", log).isTrue();
            assertThat(Files.readString(log)).as("log of the packaged app: %s", log)
                    .doesNotContain("NoClassDefFoundError", "UnsatisfiedLinkError", "ClassNotFoundException");
            assertThat(embeddedClaims(started.group(1))).as("claims embedded by the packaged app").isPositive();

            app.destroy();
            assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(postgresRunningOn(dbPort)).as("PostgreSQL left running on port %d", dbPort).isFalse();
        } finally {
            app.destroyForcibly();
        }
    }

    @Test
    void refusesToStartWithoutItsSecrets() throws Exception {
        Path log = Files.createTempFile("factdesk-packaged-no-secrets", ".log");
        ProcessBuilder builder = app(freePort(), freePort(), log);
        builder.environment().keySet().removeIf(key -> key.startsWith("FACTDESK_"));
        Process app = builder.start();
        try {
            assertThat(app.waitFor(120, TimeUnit.SECONDS)).as("the app stopped by itself, log: %s", log).isTrue();
            assertThat(app.exitValue()).isNotZero();
            assertThat(Files.readString(log)).contains("FACTDESK_CSRF_KEY", "FACTDESK_TIPS_CLIENT_KEY_SALT",
                    "FACTDESK_SESSION_SECRET", "FACTDESK_WEBHOOK_SECRET_KEY");
        } finally {
            app.destroyForcibly();
        }
    }

    /** The packaged app with no database configured, on {@code port} with health on {@code management}. */
    private static ProcessBuilder app(int port, int management, Path log) {
        Path jar = Path.of(System.getProperty("factdesk.app.jar"));
        assertThat(jar).exists();
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("QUARKUS_DATASOURCE"));
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", Integer.toString(management));
        // No login is needed for this check; the provider is contacted lazily on the first staff request.
        builder.environment().put("QUARKUS_OIDC_AUTH_SERVER_URL", "http://127.0.0.1:9/realms/none");
        return builder;
    }

    private static int waitForHealth(int port) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        int status = -1;
        while (System.nanoTime() < deadline) {
            try {
                status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return status;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        return status;
    }

    private static boolean waitForLog(Path log, String line) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (Files.readString(log).contains(line)) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    /** Claims with a stored sentence embedding, read as the owner of the embedded database. */
    private static int embeddedClaims(String jdbcUrl) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "factdesk_owner", "factdesk_owner");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from claim_embedding")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static boolean postgresRunningOn(int port) {
        return ProcessHandle.allProcesses()
                .map(p -> p.info().commandLine().orElse(""))
                .anyMatch(cmd -> cmd.contains("postgres") && cmd.contains("-p " + port + " "));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
