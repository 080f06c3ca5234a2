package io.factdesk.verification.matching;

import static io.factdesk.verification.DatabaseFixtures.aClaim;
import static io.factdesk.verification.DatabaseFixtures.anOrganisation;
import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.ClaimState;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.verdict.Verdict;
import io.factdesk.verification.matching.index.HybridRetriever;
import io.factdesk.verification.matching.index.MatchIndex;
import io.factdesk.verification.matching.index.Ranked;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.lucene.store.MMapDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The matching index kept in a folder between runs: each test starts an instance's sync on a folder, stops it
 * (a clean shutdown commits), changes PostgreSQL or the folder while it is down, and starts another on the same
 * folder, as a restarted application would.
 */
@QuarkusTest
class MatchIndexRestartTest {

    @Inject
    EntityManager em;

    @Inject
    ClaimEmbeddings embeddings;

    Path folder;

    @BeforeEach
    void newFolder() throws IOException {
        folder = Files.createTempDirectory("match-index-restart");
    }

    @AfterEach
    void removeFolder() throws IOException {
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Test
    void aRestartReopensTheIndexAndSeesEveryChangeMadeWhileItWasDown() {
        String word = uniqueWord();
        Organisation desk = QuarkusTransaction.requiringNew().call(() -> anOrganisation("Restart Desk"));
        Organisation other = QuarkusTransaction.requiringNew().call(() -> anOrganisation("Restart Other"));
        long edited = QuarkusTransaction.requiringNew().call(() -> aClaim(desk, word + " lithium in tap water").id);
        long published = QuarkusTransaction.requiringNew().call(() -> aClaim(desk, word + " wind turbines cause cancer").id);
        long dismissed = QuarkusTransaction.requiringNew().call(() -> aClaim(desk, word + " the moon is hollow").id);
        long removed = QuarkusTransaction.requiringNew().call(() -> aClaim(desk, word + " pigeons are drones").id);
        MatchIndexSync first = sync();
        first.start();
        assertThat(first.started()).isEqualTo(MatchIndexSync.Start.REBUILT);
        assertThat(found(first, word + " lithium", desk)).contains(edited);
        first.stop();

        long created = QuarkusTransaction.requiringNew().call(() -> aClaim(desk, word + " bananas are radioactive").id);
        QuarkusTransaction.requiringNew().run(() -> {
            Claim claim = Claim.findById(edited);
            claim.text = word + " fluoride in bottled milk";
            claim.touch();
            publish(Claim.findById(published));
            Claim.<Claim>findById(dismissed).moveTo(ClaimState.DISMISSED, null, "out of scope");
            em.createNativeQuery("delete from claim where id = :id").setParameter("id", removed).executeUpdate();
        });
        MatchIndexSync second = sync();
        second.start();
        try {
            assertThat(second.started()).isEqualTo(MatchIndexSync.Start.REOPENED);
            assertThat(found(second, word + " bananas radioactive", desk)).contains(created);
            assertThat(found(second, word + " fluoride bottled milk", desk)).contains(edited);
            assertThat(found(second, "lithium tap water", desk)).doesNotContain(edited);
            assertThat(found(second, word + " wind turbines cancer", other)).contains(published);
            assertThat(found(second, word + " moon hollow", desk)).doesNotContain(dismissed);
            assertThat(found(second, word + " pigeons drones", null)).doesNotContain(removed);
        } finally {
            second.stop();
        }
    }

    @Test
    void changesAfterTheWatermarkAreFoundEvenWhenTheCommitWasTakenLongBefore() {
        // A crash loses what came after the last commit: the next start compares every claim with its document.
        String word = uniqueWord();
        Organisation desk = QuarkusTransaction.requiringNew().call(() -> anOrganisation("Watermark Desk"));
        long claim = QuarkusTransaction.requiringNew().call(() -> aClaim(desk, word + " snow is made of plastic").id);
        MatchIndexSync first = sync();
        first.start();
        first.stop();
        rewriteCommit(data -> data.put(MatchIndexSync.SINCE_KEY, Instant.now().plusSeconds(3600).toString()));
        QuarkusTransaction.requiringNew().run(() -> {
            Claim changed = Claim.findById(claim);
            changed.text = word + " rain is made of glass";
            changed.touch();
        });

        MatchIndexSync second = sync();
        second.start();
        try {
            assertThat(second.started()).isEqualTo(MatchIndexSync.Start.REOPENED);
            assertThat(found(second, word + " rain glass", desk)).contains(claim);
            assertThat(found(second, "snow plastic", desk)).doesNotContain(claim);
        } finally {
            second.stop();
        }
    }

    @Test
    void anIndexOfAnotherModelIsRebuilt() {
        assertRebuiltAfter(() -> rewriteCommit(data -> data.put(MatchIndexSync.MODEL_KEY, "all-minilm-l6-v2 0.9")));
    }

    @Test
    void anIndexOfAnotherDatabaseIsRebuilt() {
        assertRebuiltAfter(() -> rewriteCommit(
                data -> data.put(MatchIndexSync.DATABASE_KEY, UUID.randomUUID().toString())));
    }

    @Test
    void anIndexOfAnotherFormatIsRebuilt() {
        assertRebuiltAfter(() -> rewriteCommit(data -> data.put(MatchIndexSync.FORMAT_KEY, "0/INT8")));
    }

    @Test
    void anIndexWithADamagedFileIsRebuilt() {
        assertRebuiltAfter(() -> damage(largestFile()));
    }

    @Test
    void anIndexWhoseCommitCannotBeReadIsRebuilt() {
        assertRebuiltAfter(() -> damage(fileStartingWith("segments_")));
    }

    @Test
    void aFolderHeldByAnotherInstanceIsNotSharedButReplacedByATemporaryOne() {
        String word = uniqueWord();
        Organisation desk = QuarkusTransaction.requiringNew().call(() -> anOrganisation("Locked Desk"));
        long claim = QuarkusTransaction.requiringNew().call(() -> aClaim(desk, word + " clouds are sprayed").id);
        MatchIndexSync holder = sync();
        holder.start();
        MatchIndexSync second = sync();
        try {
            second.start();
            assertThat(second.started()).isEqualTo(MatchIndexSync.Start.REBUILT);
            assertThat(found(second, word + " clouds sprayed", desk)).contains(claim);
        } finally {
            second.stop();
            holder.stop();
        }
        MatchIndexSync third = sync();
        third.start();
        third.stop();
        assertThat(third.started()).as("the holder's commit is intact").isEqualTo(MatchIndexSync.Start.REOPENED);
    }

    private void assertRebuiltAfter(Runnable whileDown) {
        String word = uniqueWord();
        Organisation desk = QuarkusTransaction.requiringNew().call(() -> anOrganisation("Rebuild Desk"));
        long claim = QuarkusTransaction.requiringNew().call(() -> aClaim(desk, word + " salt cures the flu").id);
        MatchIndexSync first = sync();
        first.start();
        first.stop();
        whileDown.run();
        long later = QuarkusTransaction.requiringNew().call(() -> aClaim(desk, word + " sugar cures the cold").id);

        MatchIndexSync second = sync();
        second.start();
        try {
            assertThat(second.started()).isEqualTo(MatchIndexSync.Start.REBUILT);
            assertThat(found(second, word + " salt flu", desk)).contains(claim);
            assertThat(found(second, word + " sugar cold", desk)).contains(later);
        } finally {
            second.stop();
        }
        MatchIndexSync third = sync();
        third.start();
        third.stop();
        assertThat(third.started()).as("the rebuilt index was committed").isEqualTo(MatchIndexSync.Start.REOPENED);
    }

    private MatchIndexSync sync() {
        return new MatchIndexSync(em, embeddings, Duration.ZERO, Duration.ofHours(1), folder.toString(), Duration.ZERO);
    }

    private static List<Long> found(MatchIndexSync sync, String text, Organisation scope) {
        HybridRetriever retriever = sync.current();
        return retriever.lexical(text, scope == null ? null : MatchIndex.scopeOf(scope.id), 5).stream()
                .map(Ranked::claimId).toList();
    }

    /** Replaces the user data of the folder's last commit, as another version or database would have left it. */
    private void rewriteCommit(java.util.function.Consumer<Map<String, String>> change) {
        try (MatchIndex index = MatchIndex.open(new MMapDirectory(folder), 16, MatchTuning.VECTOR_ENCODING, false)) {
            Map<String, String> data = new HashMap<>(index.lastCommit());
            assertThat(data).containsKeys(MatchIndexSync.MODEL_KEY, MatchIndexSync.DATABASE_KEY);
            change.accept(data);
            index.commit(data);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path largestFile() {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith("_"))
                    .max(Comparator.comparingLong(MatchIndexRestartTest::size)).orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path fileStartingWith(String prefix) {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Overwrites bytes in the middle of a file, as a disk error would. */
    private static void damage(Path file) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long middle = raf.length() / 2;
            raf.seek(middle);
            byte[] bytes = new byte[8];
            raf.readFully(bytes);
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) ~bytes[i];
            }
            raf.seek(middle);
            raf.write(bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void publish(Claim claim) {
        claim.moveTo(ClaimState.RATED, null, null);
        Verdict verdict = new Verdict();
        verdict.claim = claim;
        verdict.organisation = claim.organisation;
        verdict.slug = "verdict-" + UUID.randomUUID();
        verdict.firstPublishedAt = Instant.now();
        verdict.updatedAt = Instant.now();
        verdict.persist();
    }

    /** A word no other test's claim contains, so lexical searches find this test's claims first. */
    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
