package io.factdesk.verification.publishing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Verdict pages as rendered once for every instance (table {@code public_page}, V36): the first read of a verdict
 * after it changes renders the page and stores it, and any instance answers the next first reads with one lookup
 * by key. What is stored is whatever the web module rendered; this class only keeps it, keyed by verdict and
 * language, and hands it back only while it shows the verdict's current version and was rendered by the same
 * build ({@code renderer}).
 */
@ApplicationScoped
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
                     where v.slug = ?) s
              left join public_page p on p.verdict_id = s.id and p.language = ? and p.renderer = ?
                   and p.version = s.version
            """.formatted(PublishedVerdicts.PAGE_VERSION);

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    /**
     * The verdict's page version and, when stored, its page: one statement, which also answers "does this verdict
     * exist" (empty when no verdict has this slug). Read with plain JDBC and outside any transaction: this is every
     * uncached verdict read's only statement, and Hibernate's session, query plan and column-type lookups for a
     * native query cost more than the statement itself. Inside a transaction the connection is the transaction's.
     */
    public Optional<StoredPage> find(String slug, String language, String renderer) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(FIND)) {
            statement.setString(1, slug);
            statement.setString(2, language);
            statement.setString(3, renderer);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                OffsetDateTime version = row.getObject(2, OffsetDateTime.class);
                return Optional.of(new StoredPage(row.getLong(1), version == null ? null : version.toInstant(),
                        row.getString(3)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("stored page of verdict " + slug + " not read", e);
        }
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
