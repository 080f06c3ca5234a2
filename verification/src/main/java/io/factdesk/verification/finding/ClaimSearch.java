package io.factdesk.verification.finding;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.common.NotPermitted;
import io.factdesk.verification.common.PageRequest;
import io.factdesk.verification.common.Paged;
import io.factdesk.verification.language.SearchTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The desk's search over all claims of the actor's organisation, whatever their state: PostgreSQL's English
 * full-text index ({@code claim.search_vector}) or the cross-script terms public search uses too
 * ({@link SearchTerms}: «Зеленський» finds Zelenskyy, «дронів» finds «дрони»), plus exact filters. Never reads
 * another organisation's claims. The page and the API list both call it.
 */
@ApplicationScoped
public class ClaimSearch {

    private static final String RANK = "ts_rank(c.search_vector, websearch_to_tsquery('english', :text))";
    private static final String TERMS_RANK = "ts_rank(c.search_terms_vector, cast(:terms as tsquery))";

    @Inject
    EntityManager em;

    /** One page of matching claims with their published rating and tags. */
    @Transactional
    public Paged<ClaimRow> search(Actor actor, ClaimQuery query, PageRequest page) {
        NotPermitted.unlessHas(actor, StaffRole.REVIEWER);
        ClaimQuery q = query == null ? ClaimQuery.any() : query;
        PageRequest p = page == null ? PageRequest.first() : page;
        Map<String, Object> params = new HashMap<>();
        String where = where(actor, q, params);
        Query ids = em.createNativeQuery("select c.id from claim c where " + where + " order by "
                + order(q, params.containsKey("terms")));
        params.forEach(ids::setParameter);
        List<Long> found = ids.setFirstResult(p.offset()).setMaxResults(p.size()).getResultList().stream()
                .map(id -> ((Number) id).longValue()).toList();
        Query count = em.createNativeQuery("select count(*) from claim c where " + where);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        return new Paged<>(rows(found), p.page(), p.size(), total);
    }

    private List<ClaimRow> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Claim> claims = new HashMap<>();
        Claim.<Claim>list("id in ?1", ids).forEach(claim -> claims.put(claim.id, claim));
        Map<Long, String> ratings = new HashMap<>();
        List<Object[]> rated = em.createNativeQuery("""
                select v.claim_id, r.rating_code from verdict v
                join verdict_revision r on r.verdict_id = v.id and r.revision = v.current_revision
                where v.claim_id in (:ids)""").setParameter("ids", ids).getResultList();
        rated.forEach(row -> ratings.put(((Number) row[0]).longValue(), (String) row[1]));
        Map<Long, List<String>> tags = tagsOf(ids);
        List<ClaimRow> rows = new ArrayList<>();
        for (Long id : ids) {
            rows.add(new ClaimRow(claims.get(id), ratings.get(id), tags.getOrDefault(id, List.of())));
        }
        return rows;
    }

    /** Tag names per claim id, alphabetically; claims without tags are absent. */
    Map<Long, List<String>> tagsOf(List<Long> ids) {
        Map<Long, List<String>> tags = new LinkedHashMap<>();
        List<Object[]> found = em.createNativeQuery("""
                select ct.claim_id, t.name from claim_tag ct join tag t on t.id = ct.tag_id
                where ct.claim_id in (:ids)""").setParameter("ids", ids).getResultList();
        found.forEach(row -> tags.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                .add((String) row[1]));
        tags.values().forEach(names -> names.sort(Comparator.comparing(name -> name.toLowerCase(Locale.ROOT))));
        return tags;
    }

    private static String where(Actor actor, ClaimQuery q, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("c.organisation_id = :org");
        params.put("org", actor.organisation().id);
        if (q.text() != null) {
            // Full text first; the typed characters as they stand also match, for what the text parser skips
            // (markup, addresses, symbols) and for people pasting an exact quote.
            // Either script and any Ukrainian word form: the terms the services stored with the claim (V32). A query
            // with search operators ("a phrase", -word, or) keeps PostgreSQL's reading alone, which honours them.
            String terms = hasOperators(q.text()) ? null : SearchTerms.query(q.text());
            where.append(" and (c.search_vector @@ websearch_to_tsquery('english', :text)"
                    + (terms == null ? "" : " or c.search_terms_vector @@ cast(:terms as tsquery)")
                    + " or lower(c.text) like :phrase escape '\\'"
                    + " or lower(coalesce(c.claimant, '')) like :phrase escape '\\')");
            params.put("text", q.text());
            if (terms != null) {
                params.put("terms", terms);
            }
            params.put("phrase", "%" + likeEscape(q.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (q.claimant() != null) {
            where.append(" and lower(c.claimant) like :claimant escape '\\'");
            params.put("claimant", "%" + likeEscape(q.claimant().toLowerCase(Locale.ROOT)) + "%");
        }
        if (q.state() != null) {
            where.append(" and c.state = :state");
            params.put("state", q.state().name());
        }
        if (q.assignee() != null) {
            where.append(" and c.assignee = :assignee");
            params.put("assignee", q.assignee());
        }
        if (q.rating() != null) {
            where.append(" and exists (select 1 from verdict v join verdict_revision r on r.verdict_id = v.id"
                    + " and r.revision = v.current_revision where v.claim_id = c.id and r.rating_code = :rating)");
            params.put("rating", q.rating());
        }
        if (q.from() != null) {
            where.append(" and c.created_at >= :from");
            params.put("from", q.from().atStartOfDay(ZoneOffset.UTC).toOffsetDateTime());
        }
        if (q.to() != null) {
            where.append(" and c.created_at < :to");
            params.put("to", q.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toOffsetDateTime());
        }
        if (q.tag() != null) {
            where.append(" and exists (select 1 from claim_tag ct join tag t on t.id = ct.tag_id"
                    + " where ct.claim_id = c.id and lower(t.name) = :tag)");
            params.put("tag", q.tag().toLowerCase(Locale.ROOT));
        }
        return where.toString();
    }

    private static String order(ClaimQuery q, boolean crossScript) {
        return switch (q.sort()) {
            case OLDEST -> "c.created_at asc, c.id asc";
            case UPDATED -> "c.updated_at desc, c.id desc";
            case RELEVANCE -> (crossScript ? RANK + " + " + TERMS_RANK : RANK) + " desc, c.created_at desc, c.id desc";
            case NEWEST -> "c.created_at desc, c.id desc";
        };
    }

    /** True when the text uses web-search syntax: a quote, a word with a leading minus, or the word "or". */
    static boolean hasOperators(String text) {
        if (text.indexOf('"') >= 0) {
            return true;
        }
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || Character.isWhitespace(text.charAt(i))) {
                String word = text.substring(start, i);
                if (word.startsWith("-") || word.equalsIgnoreCase("or")) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    static String likeEscape(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
