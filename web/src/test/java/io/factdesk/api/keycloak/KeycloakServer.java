package io.factdesk.api.keycloak;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Starts the Keycloak distribution the build unpacked into {@code target/keycloak} ({@code kc.sh start-dev} on
 * free ports, importing {@code keycloak/factdesk-realm.json}) and points both OIDC tenants at its factdesk realm.
 */
public class KeycloakServer implements QuarkusTestResourceLifecycleManager {

    public static final String REALM = "factdesk";
    public static final String CLIENT_ID = "factdesk";
    public static final String CLIENT_SECRET = "factdesk-test-secret";

    private static String realmUrl;
    private Process process;

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    public static String realmUrl() {
        return realmUrl;
    }

    @Override
    public Map<String, String> start() {
        try {
            Path home = distribution();
            // --import-realm skips a realm that exists: start from an empty database so the realm file as it is now
            // (mappers, clients) is what the tests run against, not what an earlier build imported.
            deleteRecursively(home.resolve("data/h2"));
            Path imports = Files.createDirectories(home.resolve("data/import"));
            try (var realm = KeycloakServer.class.getResourceAsStream("/keycloak/factdesk-realm.json")) {
                Files.copy(realm, imports.resolve("factdesk-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            }
            int port = freePort();
            Path log = home.resolve("keycloak-test.log");
            process = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev", "--http-port=" + port,
                    "--http-management-port=" + freePort(), "--import-realm", "--cache=local")
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            realmUrl = "http://localhost:" + port + "/realms/" + REALM;
            awaitRealm(log);
            return Map.of(
                    "quarkus.oidc.auth-server-url", realmUrl,
                    "quarkus.oidc.api.auth-server-url", realmUrl,
                    "quarkus.oidc.client-id", CLIENT_ID,
                    "quarkus.oidc.credentials.secret", CLIENT_SECRET,
                    "quarkus.oidc.api.credentials.secret", CLIENT_SECRET,
                    "quarkus.oidc.roles.source", "accesstoken",
                    "quarkus.oidc.api.roles.source", "accesstoken",
                    // The realm's audience mapper puts "factdesk" into access tokens; check it as production does.
                    "%test.quarkus.oidc.api.token.audience", CLIENT_ID,
                    "quarkus.oidc.devservices.enabled", "false");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static Path distribution() throws IOException {
        Path unpacked = Path.of("target/keycloak").toAbsolutePath();
        try (Stream<Path> entries = Files.list(unpacked)) {
            Path home = entries.filter(p -> p.getFileName().toString().startsWith("keycloak-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Keycloak is not unpacked in target/keycloak; "
                            + "run the build through Maven (process-test-resources)"));
            home.resolve("bin/kc.sh").toFile().setExecutable(true);
            return home;
        }
    }

    private void awaitRealm(Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                        URI.create(realmUrl + "/.well-known/openid-configuration")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Keycloak did not start in time; see " + log.toAbsolutePath());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
