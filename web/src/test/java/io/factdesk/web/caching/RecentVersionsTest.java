package io.factdesk.web.caching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** When a remembered last-change time counts as current for pages answered from memory. */
class RecentVersionsTest {

    private final RecentVersions versions = new RecentVersions();

    @Test
    void aTimeIsConfirmedWhileFreshAndWhileOneRequestAsksTheDatabaseAgain() throws Exception {
        versions.ttl = Duration.ofSeconds(1);
        Instant first = Instant.parse("2025-03-01T10:00:00Z");
        Instant second = Instant.parse("2025-03-02T10:00:00Z");

        assertThat(versions.lastChange("verdict|a", () -> Optional.of(first))).contains(first);
        assertThat(versions.confirmed("verdict|a", first)).isTrue();
        assertThat(versions.confirmed("verdict|a", second)).isFalse();
        assertThat(versions.confirmed("verdict|b", first)).as("never looked up").isFalse();

        Thread.sleep(1_200);
        assertThat(versions.confirmed("verdict|a", first)).as("expired, nobody asking").isFalse();

        CountDownLatch asking = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        CompletableFuture<Optional<Instant>> refresh = CompletableFuture.supplyAsync(() ->
                versions.lastChange("verdict|a", () -> {
                    asking.countDown();
                    await(answer);
                    return Optional.of(second);
                }));
        assertThat(asking.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(versions.confirmed("verdict|a", first)).as("the last known time while the database is asked")
                .isTrue();
        assertThat(versions.lastChange("verdict|a", () -> Optional.of(Instant.EPOCH)))
                .as("other requests keep the time they had").contains(first);

        answer.countDown();
        assertThat(refresh.get(5, TimeUnit.SECONDS)).contains(second);
        assertThat(versions.confirmed("verdict|a", second)).isTrue();
        assertThat(versions.confirmed("verdict|a", first)).isFalse();
    }

    @Test
    void whileTheDatabaseIsOutOfReachAPageKeepsItsLastKnownVersion() throws Exception {
        versions.ttl = Duration.ofMillis(200);
        Instant known = Instant.parse("2025-03-01T10:00:00Z");
        RuntimeException unreachable = new IllegalStateException(
                new java.sql.SQLException("Connection to 127.0.0.1:5432 refused.", "08001"));
        versions.lastChange("verdict|a", () -> Optional.of(known));
        Thread.sleep(300);

        assertThat(versions.lastChange("verdict|a", () -> {
            throw unreachable;
        })).contains(known);
        assertThat(versions.confirmed("verdict|a", known)).as("answered from memory again for a moment").isTrue();

        assertThatThrownBy(() -> versions.lastChange("verdict|never-read", () -> {
            throw unreachable;
        })).as("nothing known to fall back on").isSameAs(unreachable);
        Thread.sleep(300);
        RuntimeException bug = new IllegalStateException("a bug, not an outage");
        assertThatThrownBy(() -> versions.lastChange("verdict|a", () -> {
            throw bug;
        })).isSameAs(bug);
    }

    @Test
    void withoutATimeToLiveNothingIsRemembered() {
        versions.ttl = Duration.ZERO;
        Instant changed = Instant.parse("2025-03-01T10:00:00Z");
        assertThat(versions.lastChange("verdict|a", () -> Optional.of(changed))).contains(changed);
        assertThat(versions.confirmed("verdict|a", changed)).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
