package io.factdesk.verification.matching;

import io.factdesk.verification.embedding.SentenceEmbeddings;
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
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.MMapDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps this instance's in-process matching index in step with PostgreSQL, which holds the only copy of the data.
 * The index lives in a folder ({@code factdesk.matching.index-dir}) that outlasts a restart: at a clean stop and
 * every {@code factdesk.matching.commit-interval} it is committed with what it reflects (our index format, the
 * embedding model, the identity of the database, the poll's watermark). At start (in the background; matching waits
 * for it) a commit that matches is reopened, caught up from its watermark by the poll below and then compared with
 * every claim's version and embedding time, so claims changed or removed while the instance was down are
 * re-indexed or dropped before matching answers; anything else (no commit, another model, format or database, a
 * damaged file) is logged and the index is built from every claim and its stored embedding. A folder another
 * process holds is not shared: the instance then builds its index in a temporary folder, removed at stop. This
 * waits {@code factdesk.matching.build-delay} after start, or until the first matching request if one comes sooner,
 * so that a build does not share the cores with the first pages an instance serves. Afterwards the instance polls
 * for claims whose {@code updated_at} moved (creation, edits and every state change touch it), or whose embedding
 * was stored anew (the backfill), re-reading a window of {@value #WINDOW_SECONDS} s so that a transaction which
 * committed a little after a later one is not missed, and skipping rows whose version and embedding it already
 * indexed. A changed claim
 * without a current embedding is embedded then. Each instance polls on its own, so several instances behind a
 * load balancer converge on the same index without talking to each other; a request also catches up first when
 * the last poll is older than {@code factdesk.matching.max-staleness}.
 */
@ApplicationScoped
public class MatchIndexSync {

    private static final Logger LOG = Logger.getLogger(MatchIndexSync.class);
    static final int WINDOW_SECONDS = 30;
    private static final int BATCH = 2000;
    private static final int RECONCILE_BATCH = 20_000;
    /** Our layout of the index's documents; raise it whenever {@code MatchIndex.put} or its analyzer changes. */
    static final String FORMAT = "1";
    /** Keys of the commit user data. */
    static final String FORMAT_KEY = "factdesk.format";
    static final String MODEL_KEY = "factdesk.model";
    static final String DATABASE_KEY = "factdesk.database";
    static final String SINCE_KEY = "factdesk.since";

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

    /** How a start found the index folder. */
    enum Start {
        /** Its last commit matched: reopened and caught up. */
        REOPENED,
        /** Built from every claim (no usable commit, or a temporary folder). */
        REBUILT
    }

    private final EntityManager em;
    private final ClaimEmbeddings embeddings;
    private final Duration maxStaleness;
    private final Duration commitInterval;
    private final Path configuredDirectory;
    private final Duration buildDelay;
    private final CountDownLatch built = new CountDownLatch(1);
    /** Counted down by the first matching request, which starts the build at once. */
    private final CountDownLatch wanted = new CountDownLatch(1);
    /** Claims changed within the window, with the stamp indexed, so re-reading the window costs no re-indexing. */
    private final Map<Long, MatchIndex.Stamp> recent = new HashMap<>();
    private volatile MatchIndex index;
    private volatile HybridRetriever retriever;
    private Path directory;
    /** True when {@link #directory} is this instance's own temporary folder, removed at stop. */
    private boolean temporary;
    /** The database's identity, or null when it could not be read (then nothing is committed). */
    private String database;
    private volatile Start start;
    private Instant since = Instant.EPOCH;
    private volatile long lastCatchUp;
    private volatile long lastCommit;
    private volatile boolean closed;

    /**
     * @param maxStaleness   factdesk.matching.max-staleness: a matching request first catches up with PostgreSQL
     *                       when the last poll is older than this (default 2 s; 0 in tests, which read their writes)
     * @param commitInterval factdesk.matching.commit-interval: how often the index folder is committed while the
     *                       instance runs (default 1 min), besides at a clean stop; after a crash the next start
     *                       catches up from the last commit
     * @param indexDirectory factdesk.matching.index-dir: this instance's index folder, kept between runs; each
     *                       instance needs its own (default {@code <java.io.tmpdir>/factdesk-match-index})
     * @param buildDelay     factdesk.matching.build-delay: how long after start the index is opened or built unless
     *                       a matching request comes first (default 20 s; 0 in tests)
     */
    @Inject
    public MatchIndexSync(EntityManager em, ClaimEmbeddings embeddings,
            @ConfigProperty(name = "factdesk.matching.max-staleness", defaultValue = "2S") Duration maxStaleness,
            @ConfigProperty(name = "factdesk.matching.commit-interval", defaultValue = "1M") Duration commitInterval,
            @ConfigProperty(name = "factdesk.matching.index-dir",
                    defaultValue = "${java.io.tmpdir}/factdesk-match-index") String indexDirectory,
            @ConfigProperty(name = "factdesk.matching.build-delay", defaultValue = "20S") Duration buildDelay) {
        this.em = em;
        this.embeddings = embeddings;
        this.maxStaleness = maxStaleness;
        this.commitInterval = commitInterval;
        this.configuredDirectory = Path.of(indexDirectory);
        this.buildDelay = buildDelay;
    }

    void onStart(@Observes StartupEvent event) {
        Thread builder = new Thread(this::startWhenWanted, "factdesk-match-index");
        builder.setDaemon(true);
        builder.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Opens or builds the index once the start-up delay has passed or a matching request asked for it. */
    private void startWhenWanted() {
        try {
            boolean asked = wanted.await(buildDelay.toMillis(), TimeUnit.MILLISECONDS);
            LOG.debugf("Opening the matching index (%s)", asked ? "asked for" : "after the start-up delay");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (closed || Thread.currentThread().isInterrupted()) {
            built.countDown();
            return;
        }
        start();
    }

    /** Opens or builds the index and, once matching answers, merges it to one segment. */
    void start() {
        Instant started = Instant.now();
        try {
            openIndex();
            database = databaseIdentity();
            String unusable = temporary ? "it is a new temporary folder" : unusable(index.lastCommit());
            if (unusable == null) {
                unusable = damage();
            }
            if (unusable == null) {
                reopen(started);
            } else {
                if (!temporary) {
                    LOG.infof("Rebuilding the matching index in %s: %s", directory, unusable);
                }
                index.clear();
                build(started);
            }
        } catch (IOException | RuntimeException e) {
            if (index == null || closed) {
                if (!closed) {
                    LOG.error("Opening the matching index failed; matching is unavailable", e);
                }
                built.countDown();
                return;
            }
            LOG.error("Building the matching index failed; matching finds only claims changed from now on", e);
            synchronized (this) {
                index.clear(); // nothing unchecked is searched; the polls re-read every claim (since the epoch)
                since = Instant.EPOCH;
                database = null; // never committed: the next start rebuilds
            }
        }
        lastCatchUp = System.nanoTime();
        built.countDown();
        mergeToOneSegment();
    }

    /** Commits what the index reflects (unless it is temporary) and closes it. */
    synchronized void stop() {
        closed = true;
        if (index == null) {
            return;
        }
        try {
            if (built.getCount() == 0) {
                commit();
            }
        } catch (RuntimeException e) {
            LOG.warnf("Could not commit the matching index in %s; the next start catches up from the last commit: %s",
                    directory, e);
        }
        index.close();
        if (temporary) {
            deleteIndexFiles(directory);
            try {
                Files.deleteIfExists(directory);
            } catch (IOException e) {
                LOG.debugf("could not remove the matching index folder %s: %s", directory, e);
            }
        }
    }

    /**
     * Opens the configured folder, or a new temporary one when another process holds it or it cannot be used. A
     * folder that cannot be read as an index is emptied of index files and started anew.
     */
    private void openIndex() throws IOException {
        Path path = configuredDirectory.toAbsolutePath();
        MatchIndex opened = null;
        try {
            Files.createDirectories(path);
            opened = MatchIndex.open(new MMapDirectory(path), 64, MatchTuning.VECTOR_ENCODING, false);
        } catch (LockObtainFailedException e) {
            LOG.warnf("The matching index folder %s is in use by another process (each instance needs its own "
                    + "folder: set factdesk.matching.index-dir); this instance builds its index in a temporary "
                    + "folder", path);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("The matching index in %s cannot be read (%s); it is built anew", path, e);
            deleteIndexFiles(path);
            try {
                opened = MatchIndex.open(new MMapDirectory(path), 64, MatchTuning.VECTOR_ENCODING, true);
            } catch (IOException | RuntimeException again) {
                LOG.warnf("The matching index folder %s cannot be used (%s); this instance builds its index in a "
                        + "temporary folder", path, again);
            }
        }
        if (opened == null) {
            path = Files.createTempDirectory("factdesk-match-index");
            temporary = true;
            opened = MatchIndex.open(new MMapDirectory(path), 64, MatchTuning.VECTOR_ENCODING, true);
        }
        directory = path;
        retriever = MatchTuning.retriever(opened);
        index = opened; // last: stop() reads the fields above once it sees an index
    }

    /** Why a commit's user data cannot be reused here, or null when it can. */
    String unusable(Map<String, String> commit) {
        if (commit.isEmpty()) {
            return "it holds no index yet";
        }
        if (!format().equals(commit.get(FORMAT_KEY))) {
            return "it was written in index format " + commit.get(FORMAT_KEY) + ", this version writes " + format();
        }
        if (!model().equals(commit.get(MODEL_KEY))) {
            return "its vectors come from " + commit.get(MODEL_KEY) + ", this version embeds with " + model();
        }
        if (database == null || !database.equals(commit.get(DATABASE_KEY))) {
            return "it was built from another database (" + commit.get(DATABASE_KEY) + ", this is " + database + ")";
        }
        try {
            Instant.parse(commit.get(SINCE_KEY));
        } catch (RuntimeException e) {
            return "it records no watermark";
        }
        return null;
    }

    /** Why the index cannot be trusted after reading every file and checking its checksum, or null. */
    private String damage() {
        try {
            index.checkIntegrity();
            return null;
        } catch (IOException | RuntimeException e) {
            return "a file is damaged (" + e.getMessage() + ")";
        }
    }

    static String format() {
        return FORMAT + "/" + MatchTuning.VECTOR_ENCODING;
    }

    static String model() {
        return SentenceEmbeddings.MODEL + " " + SentenceEmbeddings.VERSION;
    }

    private String databaseIdentity() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select id::text from database_identity").getSingleResult().toString());
    }

    /**
     * Catches the reopened last commit up from its watermark (the poll) and then compares each claim's version and
     * embedding time with the document indexed for it.
     */
    private void reopen(Instant started) throws IOException {
        int before = index.size();
        synchronized (this) {
            since = Instant.parse(index.lastCommit().get(SINCE_KEY));
        }
        catchUp();
        Reconciled reconciled = reconcile();
        start = Start.REOPENED;
        if (reconciled.changed() > 0) {
            commit();
        }
        LOG.infof("Matching index reopened from %s with %d claims, %d re-indexed and %d removed since, in %d ms",
                directory, before, reconciled.reindexed(), reconciled.removed(),
                Duration.between(started, Instant.now()).toMillis());
    }

    /** What {@link #reconcile()} changed. */
    record Reconciled(int reindexed, int removed) {

        int changed() {
            return reindexed + removed;
        }
    }

    /**
     * Re-indexes every claim whose version or embedding time differs from its document's, or that has none, and
     * drops the documents of claims that no longer exist. One pass over the claims' ids in order, merged with the
     * index's documents sorted by id.
     */
    synchronized Reconciled reconcile() {
        index.refresh();
        MatchIndex.Stamps indexed = index.stamps();
        List<Long> stale = new ArrayList<>();
        List<Long> gone = new ArrayList<>();
        int i = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                    select c.id, c.version, e.embedded_at from claim c left join claim_embedding e on e.claim_id = c.id
                    where c.id > :after order by c.id""" + " limit " + RECONCILE_BATCH).setParameter("after", from)
                    .getResultList());
            for (Object[] row : rows) {
                long id = ((Number) row[0]).longValue();
                while (i < indexed.size() && indexed.id(i) < id) {
                    gone.add(indexed.id(i++));
                }
                if (i < indexed.size() && indexed.id(i) == id) {
                    if (!indexed.stamp(i++).equals(stamp(row[1], row[2]))) {
                        stale.add(id);
                    }
                } else {
                    stale.add(id);
                }
            }
            if (rows.size() < RECONCILE_BATCH) {
                break;
            }
            after = ((Number) rows.get(rows.size() - 1)[0]).longValue();
        }
        while (i < indexed.size()) {
            gone.add(indexed.id(i++));
        }
        gone.forEach(index::delete);
        reindex(stale);
        index.refresh();
        return new Reconciled(stale.size(), gone.size());
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
        if (retriever == null) {
            throw new IllegalStateException("the matching index could not be opened");
        }
        if (System.nanoTime() - lastCatchUp >= maxStaleness.toNanos()) {
            catchUp();
        }
        return retriever;
    }

    /** How this instance's index was made ready at start; null until it is. */
    Start started() {
        return start;
    }

    @Scheduled(every = "${factdesk.matching.poll-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (built.getCount() == 0 && retriever != null) {
            catchUp();
            if (System.nanoTime() - lastCommit >= commitInterval.toNanos()) {
                commit();
            }
        }
    }

    /** Commits the index with what it reflects, when it changed since the last commit; under the sync's lock. */
    synchronized void commit() {
        if (temporary || database == null || !index.hasUncommittedChanges()) {
            lastCommit = System.nanoTime();
            return;
        }
        index.commit(Map.of(FORMAT_KEY, format(), MODEL_KEY, model(), DATABASE_KEY, database,
                SINCE_KEY, since.toString()));
        lastCommit = System.nanoTime();
    }

    private void build(Instant started) {
        long after = 0;
        int count = 0;
        while (true) {
            long from = after;
            List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(ROWS
                    + " where c.id > :after order by c.id limit " + BATCH).setParameter("after", from)
                    .getResultList());
            for (Object[] row : rows) {
                index.put(document(row, false), stamp(row[10], row[12]));
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
        start = Start.REBUILT;
        commit();
        LOG.infof("Matching index built from %d claims in %d ms", count,
                Duration.between(started, Instant.now()).toMillis());
    }

    /**
     * After the build, while matching already answers: one segment, so a search walks one graph per field instead
     * of one per segment the build wrote. Committed when done, so the next start reopens the merged index.
     */
    private void mergeToOneSegment() {
        if (closed || retriever == null) {
            return;
        }
        try {
            Instant started = Instant.now();
            int segments = index.segments();
            if (segments > 1) {
                index.mergeToOneSegment();
                LOG.infof("Matching index merged from %d segments to one in %d ms", segments,
                        Duration.between(started, Instant.now()).toMillis());
                commit();
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
            if (!stamp(row[1], row[3]).equals(recent.get(id))) {
                stale.add(id);
            }
        }
        reindex(stale);
        since = newest.minusSeconds(WINDOW_SECONDS).isAfter(from) ? newest.minusSeconds(WINDOW_SECONDS) : from;
        if (recent.size() > 4 * BATCH) {
            recent.clear(); // rows of the window are re-read once more and skipped again from then on
        }
        lastCatchUp = System.nanoTime();
    }

    /** Reads the claims from PostgreSQL and indexes them as they stand now (embedding those without vectors). */
    private void reindex(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < ids.size(); i += BATCH) {
                @SuppressWarnings("unchecked")
                List<Object[]> rows = em.createNativeQuery(ROWS + " where c.id in (:ids)")
                        .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + BATCH))).getResultList();
                for (Object[] row : rows) {
                    MatchIndex.Stamp stamp = stamp(row[10], row[12]);
                    index.put(document(row, true), stamp);
                    recent.put(((Number) row[0]).longValue(), stamp);
                }
            }
        });
        index.refresh();
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

    /** What identifies the indexed state of a claim: its version and when it was last embedded (null: never). */
    private static MatchIndex.Stamp stamp(Object version, Object embeddedAt) {
        long embedded = MatchIndex.Stamp.NOT_EMBEDDED;
        if (embeddedAt != null) {
            Instant at = instant(embeddedAt);
            embedded = Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
        }
        return new MatchIndex.Stamp(((Number) version).longValue(), embedded);
    }

    /** Removes the index's own files from a folder (Lucene names them {@code segments*}, {@code _*} and write.lock). */
    private static void deleteIndexFiles(Path folder) {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith("_") || name.startsWith("segments") || name.startsWith("pending_segments")
                        || name.equals("write.lock")) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            LOG.debugf("could not empty the matching index folder %s: %s", folder, e);
        }
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
