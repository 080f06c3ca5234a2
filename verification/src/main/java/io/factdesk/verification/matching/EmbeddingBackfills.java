package io.factdesk.verification.matching;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.EmbeddingBackfill;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.common.NotPermitted;
import io.factdesk.verification.common.PageRequest;
import io.factdesk.verification.common.Paged;
import io.factdesk.verification.embedding.SentenceEmbeddings;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Re-embeds an organisation's claims whose stored embedding is missing (claims from before embeddings existed) or was
 * made by another model or model version, in the background, in batches of {@value #BATCH}, with counts that grow
 * while it runs. Every instance's index picks the new embeddings up by polling. Editors (the API, like bulk
 * import) and admins (the desk's settings pages) may start and follow them.
 */
@ApplicationScoped
public class EmbeddingBackfills {

    static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(EmbeddingBackfills.class);
    private static final String NEEDING = """
            from claim c left join claim_embedding e on e.claim_id = c.id
            where c.organisation_id = :org and c.id > :after
              and (e.claim_id is null or e.model <> :model or e.model_version <> :version)""";

    private final EntityManager em;
    private final ClaimEmbeddings embeddings;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "factdesk-embedding-backfill");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    public EmbeddingBackfills(EntityManager em, ClaimEmbeddings embeddings) {
        this.em = em;
        this.embeddings = embeddings;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Counts the claims to re-embed, records a RUNNING job and starts it in the background. */
    public EmbeddingBackfill start(Actor actor) {
        permitted(actor);
        long organisationId = actor.organisation().id;
        EmbeddingBackfill job = QuarkusTransaction.requiringNew().call(() -> {
            EmbeddingBackfill created = new EmbeddingBackfill();
            created.organisation = Organisation.findById(organisationId);
            created.model = SentenceEmbeddings.MODEL;
            created.modelVersion = SentenceEmbeddings.VERSION;
            created.totalRows = ((Number) parameters(em.createNativeQuery("select count(*) " + NEEDING), organisationId,
                    0).getSingleResult()).intValue();
            created.startedBy = actor.username();
            created.persist();
            return created;
        });
        long jobId = job.id;
        executor.execute(() -> run(jobId, organisationId));
        return job;
    }

    /** One backfill of the actor's organisation. */
    @Transactional
    public EmbeddingBackfill get(Actor actor, long id) {
        permitted(actor);
        return EmbeddingBackfill.<EmbeddingBackfill>find("id = ?1 and organisation = ?2", id, actor.organisation())
                .firstResultOptional().orElseThrow(() -> new NotFound("embedding backfill", id));
    }

    /** The organisation's backfills, newest first. */
    @Transactional
    public Paged<EmbeddingBackfill> list(Actor actor, PageRequest page) {
        permitted(actor);
        PageRequest p = page == null ? PageRequest.first() : page;
        var query = EmbeddingBackfill.<EmbeddingBackfill>find("organisation = ?1 order by startedAt desc, id desc",
                actor.organisation());
        return new Paged<>(query.page(p.page() - 1, p.size()).list(), p.page(), p.size(), query.count());
    }

    /** How many of the organisation's claims have no embedding by the current model yet. */
    @Transactional
    public long pending(Actor actor) {
        permitted(actor);
        return ((Number) parameters(em.createNativeQuery("select count(*) " + NEEDING), actor.organisation().id, 0)
                .getSingleResult()).longValue();
    }

    private static void permitted(Actor actor) {
        if (!actor.has(StaffRole.ADMIN)) {
            NotPermitted.unlessHas(actor, StaffRole.EDITOR);
        }
    }

    void run(long jobId, long organisationId) {
        try {
            long after = 0;
            while (true) {
                long from = after;
                List<Long> ids = QuarkusTransaction.requiringNew().call(() -> ids(organisationId, from));
                if (ids.isEmpty()) {
                    break;
                }
                QuarkusTransaction.requiringNew().run(() -> {
                    for (Long id : ids) {
                        embeddings.embed(Claim.findById(id));
                    }
                    EmbeddingBackfill job = EmbeddingBackfill.findById(jobId);
                    job.processedRows += ids.size();
                    job.embeddedRows += ids.size();
                });
                after = ids.get(ids.size() - 1);
            }
            finish(jobId, EmbeddingBackfill.Status.DONE, null);
        } catch (RuntimeException failure) {
            LOG.errorf(failure, "Embedding backfill %d failed", jobId);
            finish(jobId, EmbeddingBackfill.Status.FAILED, "The backfill stopped unexpectedly; the claims embedded so "
                    + "far keep their embeddings. Start it again to continue.");
        }
    }

    @SuppressWarnings("unchecked")
    private List<Long> ids(long organisationId, long after) {
        List<Number> ids = parameters(em.createNativeQuery("select c.id " + NEEDING + " order by c.id limit " + BATCH),
                organisationId, after).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private static jakarta.persistence.Query parameters(jakarta.persistence.Query query, long organisationId,
            long after) {
        return query.setParameter("org", organisationId).setParameter("after", after)
                .setParameter("model", SentenceEmbeddings.MODEL).setParameter("version", SentenceEmbeddings.VERSION);
    }

    private void finish(long jobId, EmbeddingBackfill.Status status, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            EmbeddingBackfill job = EmbeddingBackfill.findById(jobId);
            job.status = status;
            job.error = error;
            job.finishedAt = Instant.now();
        });
    }
}
