package io.factdesk.verification.publishing;

import io.factdesk.verification.language.SearchTerms;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Gives revisions published before public search read both scripts (V30), and claims created before the desk's
 * search did (V32), their search terms, in batches in the background after start (search finds such a row once it
 * is reached); those written since get them from their services.
 */
@ApplicationScoped
public class SearchTermsBackfill {

    public static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(SearchTermsBackfill.class);

    @Inject
    EntityManager em;

    /**
     * In the background: finding that nothing is left to fill scans the tables (~0.2 s at 100,000 claims, more on
     * a large archive), which would otherwise delay the first page of every start.
     */
    void onStart(@Observes StartupEvent event) {
        Thread filler = new Thread(this::fillAll, "factdesk-search-terms");
        filler.setDaemon(true);
        filler.start();
    }

    private void fillAll() {
        try {
            for (String table : List.of("verdict_revision", "claim")) {
                for (long last = fillBatch(table, 0); last > 0; last = fillBatch(table, last)) {
                    // next batch
                }
            }
        } catch (RuntimeException e) {
            // Searches find those rows once they have terms; the next start tries again.
            LOG.warnf(e, "Storing the search terms of earlier rows stopped");
        }
    }

    /**
     * Fills up to {@value #BATCH} rows of {@code table} (verdict_revision or claim) with ids above {@code after}
     * that have no terms yet; returns the last id it filled, or 0 when none was left.
     * <p>
     * Each batch starts where the last one ended: looking for the first rows without terms from the start of the
     * table again would read past every row already filled (on a million claims, batches slowed until one took
     * longer than a transaction may).
     */
    @Transactional
    public long fillBatch(String table, long after) {
        String text = "claim".equals(table) ? "text" : "claim_text";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, " + text + ", claimant from " + table
                + " where id > :after and search_terms is null order by id").setParameter("after", after)
                .setMaxResults(BATCH).getResultList();
        long last = 0;
        for (Object[] row : rows) {
            last = ((Number) row[0]).longValue();
            em.createNativeQuery("update " + table + " set search_terms = :terms where id = :id")
                    .setParameter("terms", SearchTerms.of((String) row[1], (String) row[2]))
                    .setParameter("id", last).executeUpdate();
        }
        return last;
    }
}
