package io.factdesk.verification.publishing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.re2j.Pattern;
import io.factdesk.core.common.WebUrl;
import io.factdesk.core.rating.Rating;
import io.factdesk.core.verdict.Correction;
import io.factdesk.core.verdict.PublishedAppearance;
import io.factdesk.core.verdict.PublishedEvidence;
import io.factdesk.core.verdict.Verdict;
import io.factdesk.core.verdict.VerdictRevision;
import io.factdesk.verification.claimreview.ClaimReviewMapper;
import io.factdesk.verification.common.Texts;
import io.factdesk.verification.language.LanguageNames;
import io.factdesk.verification.language.SearchTerms;
import io.factdesk.verification.publishing.VerdictPage.AppearanceView;
import io.factdesk.verification.publishing.VerdictPage.CorrectionView;
import io.factdesk.verification.publishing.VerdictPage.EvidenceView;
import io.factdesk.verification.publishing.VerdictPage.RevisionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public, read-only view of published verdicts of all organisations: latest verdicts, one verdict by slug,
 * search with filters, the Atom feed and the sitemap. Everything here comes from the current verdict revision and
 * its approved snapshot of the claim, evidence and appearances; the claim's own rows, which reviewers edit after a
 * reopen, are never read.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublishedVerdicts {

    static final String SELECT = """
            select v.id, v.slug, r.headline, r.summary, r.claim_text, r.claimant, r.claimed_on, r.rating_code,
                   coalesce(rt.translations ->> r.claim_language, rt.label, r.rating_code),
                   coalesce(rt.colour, '#555555'), o.slug, o.name,
                   v.first_published_at, v.updated_at, r.revision, v.under_review,
                   exists (select 1 from correction c where c.verdict_id = v.id), r.claim_language
            """;
    static final String FROM = """
            from verdict v
            join organisation o on o.id = v.organisation_id
            join verdict_revision r on r.verdict_id = v.id and r.revision = v.current_revision
            left join rating rt on rt.organisation_id = v.organisation_id and rt.code = r.rating_code
            """;
    /** The same columns for one chosen published revision instead of the current one. */
    static final String FROM_REVISION = """
            from verdict v
            join organisation o on o.id = v.organisation_id
            join verdict_revision r on r.verdict_id = v.id and r.revision = :revision
            left join rating rt on rt.organisation_id = v.organisation_id and rt.code = r.rating_code
            """;

    @Inject
    EntityManager em;

    @Inject
    VerdictPageReader pages;

    /** The most recently published or updated verdicts, newest first. */
    public List<VerdictSummary> latest(int limit) {
        return search(new VerdictSearch(null, null, null, null, null, null, 1, limit)).items();
    }

    /**
     * The version of a verdict's page ({@code v}, joined to its organisation {@code o}): the latest of its own last
     * change, its organisation's (name, address, rating scale, staff names: V36) and that of the verdicts linked to
     * it as translations, whose current headlines the page lists.
     */
    static final String PAGE_VERSION = """
            greatest(v.updated_at, o.pages_changed_at,
                     (select max(t.updated_at) from verdict t where t.translation_of = v.id or t.id = v.translation_of))
            """;

    /** When anything public last changed (for Last-Modified and ETags of lists and feeds). */
    public Optional<Instant> lastChange() {
        // Lists show organisation names and rating labels too (V36 keeps their last change).
        Object value = em.createNativeQuery("""
                select greatest(max(v.updated_at), (select max(pages_changed_at) from organisation))
                  from verdict v having count(*) > 0
                """).getResultList().stream().findFirst().orElse(null);
        return Optional.ofNullable(value).map(PublishedVerdicts::instant);
    }

    /** When the verdict at this slug last changed, without loading it (cheap conditional-request check). */
    public Optional<Instant> lastChange(String slug) {
        // Rows read by key, no entity: this runs on every request for a page, cached or not.
        List<?> rows = em.createNativeQuery("select " + PAGE_VERSION + """
                 from verdict v join organisation o on o.id = v.organisation_id
                 where v.slug = :slug
                """).setParameter("slug", slug).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0)).map(PublishedVerdicts::instant);
    }

    /**
     * The count of a search stops here (and the reader sees "more than 1,000"), unless the page asked for lies
     * further: counting every match of a common word would cost more than finding the page itself.
     */
    @Inject
    SearchConfig config;

    /**
     * Search by words (published claim text and claimant, ranked) and filters, newest first when no words are given.
     * <p>
     * Words are matched against the search vector of the current revision's snapshot (V9), so a claim edited
     * after a reopen is found by what was approved, not by the draft. Results are ordered by relevance, then by
     * the verdict's last change, newest first.
     */
    public ResultPage<VerdictSummary> search(VerdictSearch search) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder filters = new StringBuilder();
        boolean revisionFilter = false;
        if (search.rating() != null) {
            filters.append(" and r.rating_code = :rating");
            params.put("rating", search.rating());
            revisionFilter = true;
        }
        if (search.organisation() != null) {
            filters.append(" and v.organisation_id = (select o.id from organisation o where o.slug = :organisation)");
            params.put("organisation", search.organisation());
        }
        if (search.claimant() != null) {
            filters.append(" and r.claimant ilike :claimant escape '\\'");
            params.put("claimant", "%" + likeEscape(search.claimant()) + "%");
            revisionFilter = true;
        }
        if (search.language() != null) {
            filters.append(" and r.claim_language = :language");
            params.put("language", search.language());
            revisionFilter = true;
        }
        if (search.from() != null) {
            filters.append(" and v.first_published_at >= :from");
            params.put("from", startOf(search.from()));
        }
        if (search.to() != null) {
            filters.append(" and v.first_published_at < :to");
            params.put("to", startOf(search.to().plusDays(1)));
        }
        int cap = Math.max(config.countCap(), search.offset() + 2 * search.size());
        params.put("cap", cap + 1);
        String rank = "0";
        if (search.text() != null) {
            params.put("text", search.text());
            String terms = SearchTerms.query(search.text());
            // The current revision's vectors, copied onto the verdict row (V35): ranking many matches reads one
            // table, and only the page's rows are joined to their revision.
            if (terms == null) {
                filters.append(" and v.search_vector @@ websearch_to_tsquery('english', :text)");
                rank = "ts_rank(v.search_vector, websearch_to_tsquery('english', :text))";
            } else {
                // Either PostgreSQL's English reading, or the cross-script terms (Ukrainian lemmas, names in
                // either script) the application stored with the revision (V30).
                params.put("terms", terms);
                filters.append(" and (v.search_vector @@ websearch_to_tsquery('english', :text)"
                        + " or v.search_terms_vector @@ cast(:terms as tsquery))");
                rank = "ts_rank(v.search_vector, websearch_to_tsquery('english', :text))"
                        + " + ts_rank(v.search_terms_vector, cast(:terms as tsquery))";
            }
        }
        String matching = " from verdict v"
                + (revisionFilter ? " join verdict_revision r on r.verdict_id = v.id and r.revision = v.current_revision"
                        : "")
                + " where true" + filters;
        params.put("offset", search.offset());
        params.put("size", search.size());
        String countSql = "select count(*) from (select 1" + matching + " limit :cap) found";
        String rowsSql = SELECT + FROM
                + " join (select v.id, " + rank + " as rank" + matching
                + " order by " + (search.text() == null ? "" : "2 desc, ")
                + "v.updated_at desc, v.id desc limit :size offset :offset) page on page.id = v.id"
                + " order by page.rank desc, v.updated_at desc, v.id desc";
        Query count = bind(em.createNativeQuery(countSql), countSql, params);
        Query rows = bind(em.createNativeQuery(rowsSql), rowsSql, params);
        long found = ((Number) count.getSingleResult()).longValue();
        List<VerdictSummary> items = summaries(rows.getResultList());
        return found > cap
                ? new ResultPage<>(items, cap, search.page(), search.size(), true)
                : new ResultPage<>(items, found, search.page(), search.size(), false);
    }

    /** Sets the parameters the statement names. */
    private static Query bind(Query query, String sql, Map<String, Object> params) {
        params.forEach((name, value) -> {
            if (Pattern.compile(":" + name + "\\b").matcher(sql).find()) {
                query.setParameter(name, value);
            }
        });
        return query;
    }

    /** Everything the verdict page shows, or empty when no verdict has this slug. */
    public Optional<VerdictPage> bySlug(String slug) {
        return read(slug, false).map(PublicVerdict::page);
    }

    /**
     * A verdict page with the schema.org ClaimReview of the same verdict and the verdicts linked to it as
     * translations, all from one statement.
     */
    public record PublicVerdict(VerdictPage page, ObjectNode claimReview, List<Translation> translations) {
    }

    /**
     * The verdict page and its ClaimReview (for the JSON-LD in the page head) read together, with one query and
     * no entities ({@link VerdictPageReader}).
     */
    public Optional<PublicVerdict> withClaimReview(String slug) {
        return read(slug, true);
    }

    /**
     * One published revision of a verdict as it was shown while it was current, read from that revision's
     * approved snapshot; empty when the verdict or the revision does not exist. {@code verdict().revision()} of
     * the page is the revision shown, {@code revisions()} lists them all.
     */
    public Optional<VerdictPage> revision(String slug, int revision) {
        return pages.revision(slug, revision);
    }

    private Optional<PublicVerdict> read(String slug, boolean claimReview) {
        return pages.current(slug, claimReview);
    }

    /** Newest verdicts for the Atom feed. */
    public List<VerdictSummary> feedEntries(int limit) {
        return latest(limit);
    }

    /** Every public verdict URL with its last change, for sitemap.xml. */
    public List<SitemapEntry> sitemapEntries() {
        List<?> rows = em.createNativeQuery("select slug, updated_at from verdict order by id").getResultList();
        List<SitemapEntry> entries = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            entries.add(new SitemapEntry((String) columns[0], instant(columns[1])));
        }
        return entries;
    }

    /** The search form's choices as last read, and when (System.nanoTime()). */
    private record ReadChoices(FilterChoices choices, long at) {
    }

    private volatile ReadChoices lastChoices;

    /**
     * Organisations that published something, the rating codes in use and the content languages of published
     * verdicts, for the search form; reused for {@code factdesk.search.filter-choices-ttl}.
     */
    public FilterChoices filterChoices() {
        ReadChoices last = lastChoices;
        long now = System.nanoTime();
        if (last != null && now - last.at() < config.filterChoicesTtl().toNanos()) {
            return last.choices();
        }
        FilterChoices read = readFilterChoices();
        lastChoices = new ReadChoices(read, now);
        return read;
    }

    private FilterChoices readFilterChoices() {
        List<?> orgs = em.createNativeQuery("""
                select o.slug, o.name from organisation o
                where exists (select 1 from verdict v where v.organisation_id = o.id) order by o.name
                """).getResultList();
        List<?> ratings = em.createNativeQuery("""
                select r.code, min(r.label), min(r.position) from rating r group by r.code order by 3, 1
                """).getResultList();
        @SuppressWarnings("unchecked")
        List<String> languages = em.createNativeQuery("""
                select distinct r.claim_language from verdict v
                join verdict_revision r on r.verdict_id = v.id and r.revision = v.current_revision
                where r.claim_language <> 'und' order by 1
                """).getResultList();
        return new FilterChoices(choices(orgs), choices(ratings), languages.stream()
                .map(code -> new FilterChoices.Choice(code, LanguageNames.of(code))).toList());
    }

    private static List<FilterChoices.Choice> choices(List<?> rows) {
        return rows.stream().map(row -> (Object[]) row)
                .map(columns -> new FilterChoices.Choice((String) columns[0], (String) columns[1])).toList();
    }

    private static List<VerdictSummary> summaries(List<?> rows) {
        List<VerdictSummary> result = new ArrayList<>(rows.size());
        for (Object row : rows) {
            result.add(summary((Object[]) row));
        }
        return result;
    }

    /** The summary in the first columns of a row that starts with {@link #SELECT}. */
    static VerdictSummary summary(Object[] c) {
        return new VerdictSummary(((Number) c[0]).longValue(), (String) c[1], (String) c[2], (String) c[3],
                (String) c[4], (String) c[5], localDate(c[6]), (String) c[7], (String) c[8], (String) c[9],
                (String) c[10], (String) c[11], instant(c[12]), instant(c[13]), ((Number) c[14]).intValue(),
                Boolean.TRUE.equals(c[15]), Boolean.TRUE.equals(c[16]), (String) c[17]);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static String likeEscape(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return (LocalDate) value;
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return (Instant) value;
    }
}
