package io.factdesk.verification.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds a bounded set of candidate claims with English full-text indexes. Ranking every
 * claim that shares any word with the query does not scale (in a million-claim archive "percent" alone matches
 * a third of the rows), so three selective searches are united, each capped, and only their union is ranked:
 * <ol>
 * <li>claims containing every term of the query (each term or one of its synonyms);</li>
 * <li>claims containing about half of the query's {@value #RAREST} rarest terms (any such combination), for
 * paraphrases that add, drop or change words;</li>
 * <li>claims containing any rare term (estimated in fewer than {@value #RARE_ROWS} claims by the planner's
 * statistics), so a distinctive name or word is enough on its own.</li>
 * </ol>
 * Each runs twice, once over the organisation's own claims (not dismissed) and once over every
 * organisation's published verdicts, each with its own index (V3), so rows the organisation may not see are
 * never read.
 */
@ApplicationScoped
public class CandidateFinder {

    /** Each of the three searches contributes at most this many rows. */
    static final int PER_SEARCH = 200;
    /** The union is ranked and cut to this many candidates for re-ranking in Java. */
    static final int CANDIDATES = 60;
    /** How many of the rarest terms the "about half of them" search combines. */
    static final int RAREST = 4;
    /** A term the planner expects in fewer claims than this is rare enough to search for alone. */
    static final int RARE_ROWS = 5000;

    /** The organisation's own claims, drafts included; served by claim_org_search_idx (organisation, words). */
    private static final String OWN = "c.organisation_id = :org and c.state <> 'DISMISSED'";
    /**
     * Every organisation's published verdicts; served by the partial claim_rated_search_idx. A verdict whose
     * claim was reopened for re-review is found again by other organisations once it is re-approved (its own
     * organisation finds it all along through {@link #OWN}).
     */
    private static final String PUBLISHED = "c.state = 'RATED' and exists (select 1 from verdict pv"
            + " where pv.claim_id = c.id)";

    private static final String SEARCH = """
            (select c.id from claim c where %s and c.search_vector @@ to_tsquery('english', %s) limit %d)""";

    private static final String QUERY = """
            with candidates as (%s)
            select c.id, c.organisation_id, c.text, c.claimant, c.state, v.id, v.slug, similarity(c.text, :text)
            from claim c left join verdict v on v.claim_id = c.id
            where c.id in (select id from candidates)
            order by ts_rank_cd(c.search_vector, to_tsquery('english', :anyTerm)) desc, c.id desc
            limit %d
            """.formatted(String.join("\n union ", java.util.stream.Stream.of(OWN, PUBLISHED)
                    .flatMap(scope -> java.util.stream.Stream.of(":everyTerm", ":someTerms", ":rareTerms")
                            .map(terms -> SEARCH.formatted(scope, terms, PER_SEARCH)))
                    .toList()), CANDIDATES);

    /** A candidate row with the trigram similarity PostgreSQL computed for it. */
    record Candidate(long claimId, long organisationId, String text, String claimant, String state,
            Long verdictId, String verdictSlug, double trigram) {
    }

    private final EntityManager em;
    private final TermFrequencies frequencies;

    @Inject
    public CandidateFinder(EntityManager em, TermFrequencies frequencies) {
        this.em = em;
        this.frequencies = frequencies;
    }

    List<Candidate> find(long organisationId, String text, ClaimTerms terms) {
        List<String> groups = terms.groups().stream().map(CandidateFinder::orGroup).filter(g -> !g.isEmpty())
                .distinct().collect(Collectors.toCollection(ArrayList::new));
        if (groups.isEmpty()) {
            return List.of();
        }
        groups.sort(Comparator.comparingLong(frequencies::estimate));
        String rare = groups.stream().filter(g -> frequencies.estimate(g) < RARE_ROWS)
                .collect(Collectors.joining(" | "));
        if (rare.isEmpty()) {
            rare = groups.get(0); // the rarest term still narrows the search when no term is rare
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(QUERY)
                .setParameter("org", organisationId)
                .setParameter("text", text)
                .setParameter("everyTerm", String.join(" & ", groups))
                .setParameter("someTerms", someOf(groups.subList(0, Math.min(RAREST, groups.size()))))
                .setParameter("rareTerms", rare)
                .setParameter("anyTerm", String.join(" | ", groups))
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

    /** pg_trgm's similarity of two texts. */
    double trigram(String a, String b) {
        return ((Number) em.createNativeQuery("select similarity(:a, :b)").setParameter("a", a).setParameter("b", b)
                .getSingleResult()).doubleValue();
    }

    /** Every combination of about half the groups, OR-ed: "(a & b & c) | (a & b & d) | …". */
    static String someOf(List<String> groups) {
        int k = groups.size() <= 2 ? groups.size() : Math.max(2, (groups.size() + 1) / 2);
        List<String> combinations = new ArrayList<>();
        combine(groups, k, 0, new ArrayList<>(), combinations);
        return String.join(" | ", combinations);
    }

    private static void combine(List<String> groups, int k, int from, List<String> chosen, List<String> out) {
        if (chosen.size() == k) {
            out.add("(" + String.join(" & ", chosen) + ")");
            return;
        }
        for (int i = from; i <= groups.size() - (k - chosen.size()); i++) {
            chosen.add(groups.get(i));
            combine(groups, k, i + 1, chosen, out);
            chosen.remove(chosen.size() - 1);
        }
    }

    /** "(buy | purchase | acquire)": only letters and digits reach to_tsquery, so no syntax can be injected. */
    private static String orGroup(Set<String> words) {
        String inner = words.stream().map(w -> w.replaceAll("[^\\p{L}\\p{N}]", "")).filter(w -> w.length() > 1)
                .distinct().collect(Collectors.joining(" | "));
        return inner.isEmpty() ? "" : "(" + inner + ")";
    }
}
