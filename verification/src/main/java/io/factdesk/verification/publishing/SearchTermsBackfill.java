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
 * Gives revisions published before public search read both scripts (V30) their search terms, at start, in
 * batches; revisions published since get them from the publisher.
 */
@ApplicationScoped
public class SearchTermsBackfill {

    static final int BATCH = 500;

    @Inject
    EntityManager em;

    void onStart(@Observes StartupEvent event) {
        while (fillBatch() == BATCH) {
            // next batch
        }
    }

    /** Fills up to {@value #BATCH} revisions that have no terms yet; returns how many it filled. */
    @Transactional
    int fillBatch() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, claim_text, claimant from verdict_revision where search_terms is null order by id""")
                .setMaxResults(BATCH).getResultList();
        for (Object[] row : rows) {
            em.createNativeQuery("update verdict_revision set search_terms = :terms where id = :id")
                    .setParameter("terms", SearchTerms.of((String) row[1], (String) row[2]))
                    .setParameter("id", ((Number) row[0]).longValue()).executeUpdate();
        }
        return rows.size();
    }
}
