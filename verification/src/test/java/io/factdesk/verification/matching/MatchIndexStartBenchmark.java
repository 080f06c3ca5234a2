package io.factdesk.verification.matching;

import io.factdesk.verification.embedding.SentenceEmbeddings;
import io.factdesk.verification.matching.index.MatchIndex;
import io.factdesk.verification.matching.index.MatchText;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Not a test: times how long an instance takes from start to "matching ready" on a large archive in the real
 * PostgreSQL, rebuilding the index folder against reopening it, one right after the other in the same JVM. Runs on
 * request only ({@code bench/matching/restart.sh}, which sets {@code -Dfactdesk.bench.restart-claims=N}); prints
 * {@code key=value} lines. Claims are short texts drawn from a word list, in 5 organisations; their stored vectors
 * are synthesised (unit vectors near one of 1,000 random centres, so the graphs have neighbourhoods), stored as the
 * current model's with the right text hash, so the index takes them as they are and embeds nothing.
 */
@QuarkusTest
class MatchIndexStartBenchmark {

    private static final String[] WORDS = ("vaccine microchip election fraud ballot border migrants wind turbine "
            + "cancer water fluoride moon landing staged aid money stolen diesel fuel tanks drones pigeons grain "
            + "export prices inflation bank collapse salary pension school closed bridge bombed refinery fire "
            + "minister resigned president said video fake photo edited satellite starlink army soldiers sanctions "
            + "gas pipeline nuclear plant radiation hospital doctors virus lab leak climate snow heat record").split(" ");

    @Inject
    EntityManager em;

    @Inject
    ClaimEmbeddings embeddings;

    @Inject
    DataSource dataSource;

    @Test
    void startToMatchingReady() throws Exception {
        int claims = Integer.getInteger("factdesk.bench.restart-claims", 0);
        Assumptions.assumeTrue(claims > 0, "a benchmark: run with -Dfactdesk.bench.restart-claims=N");
        long fillStarted = System.nanoTime();
        fill(claims);
        print("claims_in_database", count());
        print("fill_s", seconds(System.nanoTime() - fillStarted));
        Path folder = Files.createTempDirectory("match-index-bench");
        try {
            int rounds = Integer.getInteger("factdesk.bench.restart-rounds", 2);
            for (int round = 1; round <= rounds; round++) {
                deleteIndex(folder);
                time("rebuild_" + round, folder);
                time("reopen_" + round, folder);
            }
            print("index_folder_mb", folderMegabytes(folder));
        } finally {
            deleteIndex(folder);
            Files.deleteIfExists(folder);
        }
    }

    /** Starts a sync on the folder, times it until matching answers and until its start-up work is done, stops it. */
    private void time(String label, Path folder) throws InterruptedException {
        print(label + "_load_before", loadAverage());
        long cpu = processCpu();
        long started = System.nanoTime();
        MatchIndexSync sync = new MatchIndexSync(em, embeddings, Duration.ofHours(1), Duration.ofHours(1),
                folder.toString(), Duration.ZERO);
        Thread start = new Thread(sync::start, "bench-start");
        start.start();
        sync.current().lexical("wind turbine cancer", MatchIndex.scopeOf(1), 10);
        long ready = System.nanoTime();
        long readyCpu = processCpu();
        start.join(); // the merge to one segment, when the start wrote more than one
        long done = System.nanoTime();
        long stopStarted = System.nanoTime();
        sync.stop();
        print(label + "_how", sync.started());
        print(label + "_ready_s", seconds(ready - started));
        print(label + "_ready_cpu_s", seconds(readyCpu - cpu));
        print(label + "_merge_s", seconds(done - ready));
        print(label + "_all_cpu_s", seconds(processCpu() - cpu));
        print(label + "_stop_commit_s", seconds(System.nanoTime() - stopStarted));
        print(label + "_load_after", loadAverage());
    }

    private void fill(int claims) throws SQLException {
        List<Long> organisations = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            organisations.add(QuarkusTransaction.requiringNew().call(
                    () -> io.factdesk.verification.DatabaseFixtures.anOrganisation("Bench " + n).id));
        }
        Random random = new Random(42);
        float[][] centres = new float[1000][];
        for (int i = 0; i < centres.length; i++) {
            centres[i] = unit(random, null, 0);
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement claim = connection.prepareStatement("insert into claim (organisation_id, text, "
                    + "state, created_by) values (?, ?, 'SUBMITTED', 'bench')")) {
                for (int i = 0; i < claims; i++) {
                    claim.setLong(1, organisations.get(i % organisations.size()));
                    claim.setString(2, text(random));
                    claim.addBatch();
                    if (i % 1000 == 999) {
                        claim.executeBatch();
                    }
                }
                claim.executeBatch();
            }
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select id, text from claim where created_by = 'bench' order by id");
                    var rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong(1), rs.getString(2)});
                }
            }
            try (PreparedStatement embedding = connection.prepareStatement("insert into claim_embedding "
                    + "(claim_id, model, model_version, text_hash, vector, embedded_at) values (?, ?, ?, ?, ?, now())")) {
                for (int i = 0; i < rows.size(); i++) {
                    embedding.setLong(1, (Long) rows.get(i)[0]);
                    embedding.setString(2, SentenceEmbeddings.MODEL);
                    embedding.setString(3, SentenceEmbeddings.VERSION);
                    embedding.setString(4, ClaimEmbeddings.hash(MatchText.of((String) rows.get(i)[1], null)));
                    embedding.setBytes(5, ClaimEmbeddings.bytes(unit(random, centres[random.nextInt(1000)], 0.6f)));
                    embedding.addBatch();
                    if (i % 1000 == 999) {
                        embedding.executeBatch();
                    }
                }
                embedding.executeBatch();
            }
            connection.commit();
        }
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from claim").getSingleResult()).longValue());
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int words = 6 + random.nextInt(10);
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    /** A random unit vector, or one near {@code centre} ({@code noise}: the share of randomness). */
    private static float[] unit(Random random, float[] centre, float noise) {
        float[] v = new float[384];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            float r = (float) random.nextGaussian();
            v[i] = centre == null ? r : centre[i] * (1 - noise) + r * noise / 20;
            norm += v[i] * v[i];
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < v.length; i++) {
            v[i] *= scale;
        }
        return v;
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e9);
    }

    private static long folderMegabytes(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.mapToLong(f -> f.toFile().length()).sum() / (1024 * 1024);
        }
    }

    private static void deleteIndex(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static void print(String key, Object value) {
        System.out.println("BENCH " + key + "=" + value);
    }
}
