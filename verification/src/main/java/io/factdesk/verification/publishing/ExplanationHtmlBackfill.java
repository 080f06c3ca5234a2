package io.factdesk.verification.publishing;

import io.factdesk.verification.common.SafeMarkdown;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Gives revisions published before the publisher stored the explanation's safe HTML (V33) that HTML, in batches,
 * in the background after start, so a large archive does not delay the first page; until a revision is reached
 * its page renders the Markdown itself ({@link VerdictPageReader}). Revisions published since get the HTML from
 * the publisher.
 */
@ApplicationScoped
public class ExplanationHtmlBackfill {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(ExplanationHtmlBackfill.class);

    @Inject
    EntityManager em;

    void onStart(@Observes StartupEvent event) {
        Thread filler = new Thread(this::fillAll, "factdesk-explanation-html");
        filler.setDaemon(true);
        filler.start();
    }

    private void fillAll() {
        try {
            long after = 0;
            for (long last = fillBatch(after); last > 0; last = fillBatch(after)) {
                after = last;
            }
            if (after > 0) {
                LOG.infof("Stored the explanation HTML of revisions published before V33 (ids up to %d)", after);
            }
        } catch (RuntimeException e) {
            // The pages still render those revisions themselves; the next start tries again.
            LOG.warnf(e, "Storing the explanation HTML of earlier revisions stopped");
        }
    }

    /**
     * Fills up to {@value #BATCH} revisions with an id above {@code after} that have no explanation HTML yet, in
     * id order (walking the primary key, so a large archive is read once, not once per batch).
     *
     * @return the id of the last revision filled, or 0 when none was left
     */
    @Transactional
    long fillBatch(long after) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, explanation from verdict_revision where explanation_html is null and id > :after
                order by id""").setParameter("after", after).setMaxResults(BATCH).getResultList();
        long last = 0;
        for (Object[] row : rows) {
            last = ((Number) row[0]).longValue();
            em.createNativeQuery("update verdict_revision set explanation_html = :html where id = :id")
                    .setParameter("html", SafeMarkdown.toHtml((String) row[1])).setParameter("id", last)
                    .executeUpdate();
        }
        return last;
    }
}
