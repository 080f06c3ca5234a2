package io.factdesk.verification.publishing;

import io.factdesk.verification.language.SearchTerms;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Gives revisions published before public search read both scripts (V30), and claims created before the desk's
 * search did (V32), their search terms, at start, in batches; those written since get them from their services.
 */
@ApplicationScoped
public class SearchTermsBackfill {

    public static final int BATCH = 500;

    @Inject
    EntityManager em;

    void onStart(@Observes StartupEvent event) {
        while (fillBatch("verdict_revision") == BATCH) {
            // next batch
        }
        while (fillBatch("claim") == BATCH) {
            // next batch
        }
    }

    /**
     * Fills up to {@value #BATCH} rows of {@code table} (verdict_revision or claim) that have no terms yet; returns
     * how many it filled.
     */
    @Transactional
    public int fillBatch(String table) {
        String text = "claim".equals(table) ? "text" : "claim_text";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, " + text + ", claimant from " + table
                + " where search_terms is null order by id").setMaxResults(BATCH).getResultList();
        for (Object[] row : rows) {
            em.createNativeQuery("update " + table + " set search_terms = :terms where id = :id")
                    .setParameter("terms", SearchTerms.of((String) row[1], (String) row[2]))
                    .setParameter("id", ((Number) row[0]).longValue()).executeUpdate();
        }
        return rows.size();
    }
}
