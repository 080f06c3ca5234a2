package io.factdesk.verification.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds a bounded set of candidate claims in PostgreSQL, each read through an index: the English full-text
 * index (claim_search_idx, stems) queried with the claim's lemmas and their WordNet synonyms OR-ed together,
 * and the trigram index (claim_text_trgm_idx) for reworded or misspelled text. Only what the organisation may
 * see is searched: its own claims that are not dismissed, and every organisation's published verdicts.
 */
@ApplicationScoped
public class CandidateFinder {

    /** At most this many candidates come from each index; the union is re-ranked in Java. */
    static final int PER_INDEX = 60;

    private static final String VISIBLE = "((c.organisation_id = :org and c.state <> 'DISMISSED')"
            + " or exists (select 1 from verdict pv where pv.claim_id = c.id))";

    private static final String QUERY = """
            with fts as (
                select c.id from claim c
                where :tsquery <> '' and c.search_vector @@ to_tsquery('english', :tsquery) and %1$s
                order by ts_rank_cd(c.search_vector, to_tsquery('english', :tsquery)) desc, c.id desc
                limit %2$d),
            trgm as (
                select c.id from claim c
                where c.text %% :text and %1$s
                order by similarity(c.text, :text) desc, c.id desc
                limit %2$d)
            select c.id, c.organisation_id, c.text, c.claimant, c.state, v.id, v.slug, similarity(c.text, :text)
            from claim c left join verdict v on v.claim_id = c.id
            where c.id in (select id from fts union select id from trgm)
            """.formatted(VISIBLE, PER_INDEX);

    /** A candidate row with the trigram similarity PostgreSQL computed. */
    record Candidate(long claimId, long organisationId, String text, String claimant, String state,
            Long verdictId, String verdictSlug, double trigram) {
    }

    private final EntityManager em;

    @Inject
    public CandidateFinder(EntityManager em) {
        this.em = em;
    }

    List<Candidate> find(long organisationId, String text, Set<String> terms) {
        String tsquery = terms.stream()
                .map(t -> t.replaceAll("[^\\p{L}\\p{N}]", ""))
                .filter(t -> t.length() > 1)
                .distinct()
                .collect(Collectors.joining(" | "));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(QUERY)
                .setParameter("org", organisationId)
                .setParameter("text", text)
                .setParameter("tsquery", tsquery)
                .getResultList();
        List<Candidate> candidates = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            candidates.add(new Candidate(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                    (String) row[2], (String) row[3], (String) row[4],
                    row[5] == null ? null : ((Number) row[5]).longValue(), (String) row[6],
                    ((Number) row[7]).doubleValue()));
        }
        return candidates;
    }
}
