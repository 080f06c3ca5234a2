package io.factdesk.verification.matching;

import io.factdesk.verification.matching.index.HybridRetriever;
import io.factdesk.verification.matching.index.MatchDocument;
import io.factdesk.verification.matching.index.MatchIndex;
import io.factdesk.verification.matching.index.MatchText;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.store.MMapDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps this instance's in-process matching index in step with PostgreSQL, which holds the only copy of the data.
 * At start the index is built from every claim and its stored embedding (in the background; matching waits for
 * it). The build waits {@code factdesk.matching.build-delay} after start, or until the first matching request if
 * one comes sooner, so that it does not share the cores with the first pages an instance serves. Afterwards the instance polls for claims whose {@code updated_at} moved (creation, edits and every state
 * change touch it), or whose embedding was stored anew (the backfill), re-reading a window of {@value #WINDOW_SECONDS} s so
 * that a transaction which committed a little after a later one is not missed, and skipping rows whose version and
 * embedding it already indexed. A changed claim
 * without a current embedding is embedded then. Each instance polls on its own, so several instances behind a
 * load balancer converge on the same index without talking to each other; a request also catches up first when
 * the last poll is older than {@code factdesk.matching.max-staleness}.
 */
@ApplicationScoped
public class MatchIndexSync {

    private static final Logger LOG = Logger.getLogger(MatchIndexSync.class);
    static final int WINDOW_SECONDS = 30;
    private static final int BATCH = 2000;

    private static final String ROWS = """
            select c.id, c.organisation_id, c.state, v.id is not null, c.text, r.headline,
                   e.model, e.model_version, e.text_hash, e.vector, c.version, c.updated_at, e.embedded_at,
                   e.headline_vector
            from claim c
            left join verdict v on v.claim_id = c.id
            left join verdict_revision r on r.verdict_id = v.id and r.revision = v.current_revision
            left join claim_embedding e on e.claim_id = c.id
            """;

    /** Claims changed, or re-embedded, since a moment (a backfill stores embeddings without changing claims). */
    private static final String CHANGED = """
            select c.id, c.version, c.updated_at, e.embedded_at from claim c
            left join claim_embedding e on e.claim_id = c.id where c.updated_at >= :since
            union
            select c.id, c.version, c.updated_at, e.embedded_at from claim_embedding e
            join claim c on c.id = e.claim_id where e.embedded_at >= :since
            """;

    private final EntityManager em;
    private final ClaimEmbeddings embeddings;
    private final Duration maxStaleness;
    private final MatchIndex index;
    private final HybridRetriever retriever;
    private final Path directory;
    private final Duration buildDelay;
    private final CountDownLatch built = new CountDownLatch(1);
    /** Counted down by the first matching request, which starts the build at once. */
    private final CountDownLatch wanted = new CountDownLatch(1);
    /** Claims changed within the window, with the version indexed, so re-reading the window costs no re-indexing. */
    private final Map<Long, String> recent = new HashMap<>();
    private Instant since = Instant.EPOCH;
    private volatile long lastCatchUp;
    private volatile boolean closed;

    /**
     * @param maxStaleness factdesk.matching.max-staleness: a matching request first catches up with PostgreSQL
     *                     when the last poll is older than this (default 2 s; 0 in tests, which read their writes)
     * @param buildDelay   factdesk.matching.build-delay: how long after start the index build waits unless a
     *                     matching request comes first (default 20 s; 0 in tests)
     */
    @Inject
    public MatchIndexSync(EntityManager em, ClaimEmbeddings embeddings,
            @ConfigProperty(name = "factdesk.matching.max-staleness", defaultValue = "2S") Duration maxStaleness,
            @ConfigProperty(name = "factdesk.matching.build-delay", defaultValue = "20S") Duration buildDelay) {
        this.em = em;
        this.embeddings = embeddings;
        this.maxStaleness = maxStaleness;
        this.buildDelay = buildDelay;
        try {
            this.directory = Files.createTempDirectory("factdesk-match-index");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.index = new MatchIndex(newDirectory(directory), 64, MatchTuning.VECTOR_ENCODING);
        this.retriever = MatchTuning.retriever(index);
    }

    private static MMapDirectory newDirectory(Path path) {
        try {
            return new MMapDirectory(path); // vectors and postings live in the page cache, not on the heap
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void onStart(@Observes StartupEvent event) {
        Thread builder = new Thread(this::buildWhenWanted, "factdesk-match-index");
        builder.setDaemon(true);
        builder.start();
    }

    synchronized void onStop(@Observes ShutdownEvent event) {
        closed = true;
        index.close();
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            LOG.debugf("could not remove the matching index folder %s: %s", directory, e);
        }
    }

    /** The retriever over this instance's index, current to within the configured staleness. */
    public HybridRetriever current() {
        wanted.countDown();
        try {
            if (!built.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the matching index is still being built");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the matching index was being built", e);
        }
        if (System.nanoTime() - lastCatchUp >= maxStaleness.toNanos()) {
            catchUp();
        }
        return retriever;
    }

    @Scheduled(every = "${factdesk.matching.poll-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (built.getCount() == 0) {
            catchUp();
        }
    }

    /** Builds the index once the start-up delay has passed or a matching request asked for it. */
    private void buildWhenWanted() {
        try {
            boolean asked = wanted.await(buildDelay.toMillis(), TimeUnit.MILLISECONDS);
            LOG.debugf("Building the matching index (%s)", asked ? "asked for" : "after the start-up delay");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (closed || Thread.currentThread().isInterrupted()) {
            built.countDown();
            return;
        }
        build();
    }

    private void build() {
        try {
            Instant started = Instant.now();
            long after = 0;
            int count = 0;
            while (true) {
                long from = after;
                List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(ROWS
                        + " where c.id > :after order by c.id limit " + BATCH).setParameter("after", from)
                        .getResultList());
                for (Object[] row : rows) {
                    index.put(document(row, false));
                }
                count += rows.size();
                if (rows.size() < BATCH) {
                    break;
                }
                after = ((Number) rows.get(rows.size() - 1)[0]).longValue();
            }
            synchronized (this) {
                since = started.minusSeconds(WINDOW_SECONDS);
            }
            index.refresh();
            lastCatchUp = System.nanoTime();
            LOG.infof("Matching index built from %d claims in %d ms", count,
                    Duration.between(started, Instant.now()).toMillis());
        } catch (RuntimeException e) {
            LOG.error("Building the matching index failed; matching finds only claims changed from now on", e);
            return;
        } finally {
            built.countDown();
        }
        mergeToOneSegment();
    }

    /**
     * After the build, while matching already answers: one segment, so a search walks one graph per field instead
     * of one per segment the build wrote.
     */
    private void mergeToOneSegment() {
        try {
            Instant started = Instant.now();
            int segments = index.segments();
            if (segments > 1) {
                index.mergeToOneSegment();
                LOG.infof("Matching index merged from %d segments to one in %d ms", segments,
                        Duration.between(started, Instant.now()).toMillis());
            }
        } catch (RuntimeException e) {
            // Searches still work on the segments as they are; a merge stops anyway when the application does.
            if (!closed) {
                LOG.warn("Merging the matching index failed; searches walk one graph per segment", e);
            }
        }
    }

    /** Indexes the claims changed since the last look. Single-flight: concurrent callers wait for one catch-up. */
    synchronized void catchUp() {
        if (closed) {
            return; // a poll that fired while the application stops
        }
        Instant from = since;
        List<Object[]> changed = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(CHANGED)
                .setParameter("since", Timestamp.from(from)).getResultList());
        List<Long> stale = new ArrayList<>();
        Instant newest = from;
        for (Object[] row : changed) {
            long id = ((Number) row[0]).longValue();
            Instant updated = instant(row[2]);
            Instant embedded = row[3] == null ? updated : instant(row[3]);
            newest = max(newest, max(updated, embedded));
            if (!stamp(row).equals(recent.get(id))) {
                stale.add(id);
            }
        }
        if (!stale.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = 0; i < stale.size(); i += BATCH) {
                    @SuppressWarnings("unchecked")
                    List<Object[]> rows = em.createNativeQuery(ROWS + " where c.id in (:ids)")
                            .setParameter("ids", stale.subList(i, Math.min(stale.size(), i + BATCH))).getResultList();
                    for (Object[] row : rows) {
                        index.put(document(row, true));
                        recent.put(((Number) row[0]).longValue(), row[10] + ":" + row[12]);
                    }
                }
            });
            index.refresh();
        }
        since = newest.minusSeconds(WINDOW_SECONDS).isAfter(from) ? newest.minusSeconds(WINDOW_SECONDS) : from;
        if (recent.size() > 4 * BATCH) {
            recent.clear(); // rows of the window are re-read once more and skipped again from then on
        }
        lastCatchUp = System.nanoTime();
    }

    /** An index document from a {@link #ROWS} row; {@code embedMissing} embeds a claim without current vectors. */
    private MatchDocument document(Object[] row, boolean embedMissing) {
        long id = ((Number) row[0]).longValue();
        String state = (String) row[2];
        boolean published = "RATED".equals(state) && Boolean.TRUE.equals(row[3]);
        String claimText = (String) row[4];
        String headline = (String) row[5];
        float[] vector = null;
        float[] headlineVector = null;
        if (row[9] != null && ClaimEmbeddings.isCurrent((String) row[6], (String) row[7], (String) row[8],
                (byte[]) row[13], claimText, headline)) {
            vector = ClaimEmbeddings.vector((byte[]) row[9]);
            headlineVector = row[13] == null ? null : ClaimEmbeddings.vector((byte[]) row[13]);
        } else if (embedMissing) {
            ClaimEmbeddings.Vectors stored = embeddings.store(id, claimText, headline);
            vector = stored.claim();
            headlineVector = stored.headline();
        }
        return new MatchDocument(id, ((Number) row[1]).longValue(), published, !"DISMISSED".equals(state),
                MatchText.of(claimText, headline), vector, headlineVector);
    }

    /** What identifies the indexed state of a claim: its version and when it was last embedded. */
    private static String stamp(Object[] changed) {
        return changed[1] + ":" + changed[3];
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
