package io.factdesk.verification.publishing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Verdict pages as rendered once for every instance (table {@code public_page}, V36): the first read of a verdict
 * after it changes renders the page and stores it, and any instance answers the next first reads with one lookup
 * by key. What is stored is whatever the web module rendered; this class only keeps it, keyed by verdict and
 * language, and hands it back only while it shows the verdict's current version and was rendered by the same
 * build ({@code renderer}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StoredPages {

    private static final Logger LOG = Logger.getLogger(StoredPages.class);

    /** Pages larger than this are rendered on every first read rather than stored. */
    public static final int MAX_CHARS = 512 * 1024;

    /**
     * A published verdict's page version ({@link PublishedVerdicts#PAGE_VERSION}) and its
     * stored page for the language and renderer asked, when one shows that version (otherwise {@code html} is
     * null).
     */
    public record StoredPage(long verdictId, Instant version, String html) {
    }

    private static final String FIND = """
            select s.id, s.version, p.html
              from (select v.id, %s as version
                      from verdict v join organisation o on o.id = v.organisation_id
                     where v.slug = :slug) s
              left join public_page p on p.verdict_id = s.id and p.language = :language and p.renderer = :renderer
                   and p.version = s.version
            """.formatted(PublishedVerdicts.PAGE_VERSION);

    @Inject
    EntityManager em;

    /**
     * The verdict's page version and, when stored, its page: one statement, which also answers "does this verdict
     * exist" (empty when no verdict has this slug).
     */
    public Optional<StoredPage> find(String slug, String language, String renderer) {
        List<?> rows = em.createNativeQuery(FIND).setParameter("slug", slug).setParameter("language", language)
                .setParameter("renderer", renderer).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new StoredPage(((Number) row[0]).longValue(), PublishedVerdicts.instant(row[1]),
                (String) row[2]));
    }

    /**
     * Keeps {@code html} as the page of {@code verdictId} in {@code language} at {@code version}, in a transaction
     * of its own. A page that cannot be stored (too large, or the database refuses the write) is simply not kept:
     * the reader already has it, and the next first read renders it again.
     */
    public void store(long verdictId, String language, String renderer, Instant version, String html) {
        if (html.length() > MAX_CHARS) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                    insert into public_page (verdict_id, language, renderer, version, html)
                    values (:verdict, :language, :renderer, :version, :html)
                    on conflict (verdict_id, language) do update
                       set renderer = excluded.renderer, version = excluded.version, html = excluded.html
                    """).setParameter("verdict", verdictId).setParameter("language", language)
                    .setParameter("renderer", renderer).setParameter("version", version).setParameter("html", html)
                    .executeUpdate());
        } catch (RuntimeException e) {
            LOG.debugf(e, "verdict page %d (%s) not stored", verdictId, language);
        }
    }
}
