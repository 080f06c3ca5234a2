package io.factdesk.verification.matching;

import com.google.re2j.Pattern;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Finds a bounded set of candidate claims with English full-text indexes. Ranking every
 * claim that shares any word with the query does not scale (in a million-claim archive "percent" alone matches
 * a third of the rows), so three selective searches are united, each capped, and only their union is ranked:
 * <ol>
 * <li>claims containing every term of the query (each term or one of its synonyms);</li>
 * <li>claims containing about half of the query's {@value #RAREST} rarest terms (any such combination), for
 * paraphrases that add, drop or change words; terms found in {@value #COMMON_ROWS} claims or more are left out
 * of it, because reading their index entries costs more than the arbitrary slice of rows they would add;</li>
 * <li>claims containing any rare term (estimated in fewer than {@value #RARE_ROWS} claims by the planner's
 * statistics), so a distinctive name or word is enough on its own.</li>
 * </ol>
 * Each runs twice, once over the organisation's own claims (not dismissed) and once over every
 * organisation's published verdicts, each with its own index (V3), so rows the organisation may not see are
 * never read.
 */
@ApplicationScoped
public class CandidateFinder {

    private static final Logger LOG = Logger.getLogger(CandidateFinder.class);
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]");

    /** Each of the three searches contributes at most this many rows. */
    static final int PER_SEARCH = 200;
    /** The union is ranked and cut to this many candidates for re-ranking in Java. */
    static final int CANDIDATES = 60;
    /** How many of the rarest terms the "about half of them" search combines. */
    static final int RAREST = 4;
    /** A term the planner expects in fewer claims than this is rare enough to search for alone. */
    static final int RARE_ROWS = 5000;
    /** A term the planner expects in this many claims or more is too common for the "about half" search. */
    static final int COMMON_ROWS = 20_000;

    /** The organisation's own claims, drafts included. */
    private static final String OWN = "c.organisation_id = :org and c.state <> 'DISMISSED'";
    /**
     * The same for an organisation that holds a large share of all claims: "+ 0" keeps PostgreSQL from
     * intersecting the word search with every one of the organisation's index entries (a bitmap of hundreds of
     * thousands of rows, tens of milliseconds); checking the organisation on the few rows the word search finds
     * is cheaper then.
     */
    private static final String OWN_LARGE = "c.organisation_id + 0 = :org and c.state <> 'DISMISSED'";
    /** From this share of all claims on, an organisation's claims are filtered rather than intersected. */
    static final double LARGE_SHARE = 0.1;
    /**
     * Every organisation's published verdicts; served by the partial claim_rated_search_idx. A verdict whose
     * claim was reopened for re-review is found again by other organisations once it is re-approved (its own
     * organisation finds it all along through {@link #OWN}).
     */
    private static final String PUBLISHED = "c.state = 'RATED' and exists (select 1 from verdict pv"
            + " where pv.claim_id = c.id)";

    private static final String SEARCH = """
            (select c.id from claim c where %s and c.search_vector @@ to_tsquery('english', :%s) limit %d)""";
    /**
     * "Every term" reads only the index entries of the {@value #INDEXED_GROUPS} rarest terms and checks the
     * others on the rows those few find: ts_match_vq is the @@ operator's function, which PostgreSQL does not
     * take to the index. The rows are the same; an AND of many common terms no longer reads all their entries.
     */
    private static final String SEARCH_EVERY = """
            (select c.id from claim c where %s and c.search_vector @@ to_tsquery('english', :everyRarest)
             and ts_match_vq(c.search_vector, to_tsquery('english', :everyTerm)) limit %d)""";
    /** How many of the rarest terms the "every term" search reads from the index. */
    static final int INDEXED_GROUPS = 3;

    /**
     * The union of the searches, ranked by how much of the claim's wording each shares ({@code ts_rank}: about a
     * third of the cost of the proximity-aware {@code ts_rank_cd} over a few hundred candidates, and the Java
     * re-ranking does not look at proximity anyway); the trigram similarity (the costliest function here) is
     * computed for the best {@value #CANDIDATES} only.
     */
    private static final String QUERY = """
            with candidates as (%s),
            best as (
                select c.id, c.organisation_id, c.text, c.claimant, c.state from claim c
                where c.id in (select id from candidates)
                order by ts_rank(c.search_vector, to_tsquery('english', :anyTerm)) desc, c.id desc
                limit %d)
            select b.id, b.organisation_id, b.text, b.claimant, b.state, v.id, v.slug, similarity(b.text, :text)
            from best b left join verdict v on v.claim_id = b.id
            """;

    /** The query for the given term searches (named parameters), each run over both scopes. */
    static String query(List<String> searches, boolean largeOrganisation) {
        return QUERY.formatted(String.join("\n union ", Stream.of(largeOrganisation ? OWN_LARGE : OWN, PUBLISHED)
                .flatMap(scope -> searches.stream().map(terms -> terms.equals("everyRarest")
                        ? SEARCH_EVERY.formatted(scope, PER_SEARCH) : SEARCH.formatted(scope, terms, PER_SEARCH)))
                .toList()), CANDIDATES);
    }

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
        return find(organisationId, text, terms, frequencies.organisationShare(organisationId) >= LARGE_SHARE);
    }

    /** {@code largeOrganisation}: filter the organisation's claims instead of intersecting with its index. */
    List<Candidate> find(long organisationId, String text, ClaimTerms terms, boolean largeOrganisation) {
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
        // "About half of the rarest terms" reads the whole index entry of each term it names, and when those
        // terms are common its first rows are an arbitrary slice of thousands: it runs only over terms that are
        // not common, and only when there are at least two of them.
        List<String> uncommon = groups.stream().filter(g -> frequencies.estimate(g) < COMMON_ROWS).limit(RAREST)
                .toList();
        Map<String, String> searches = new LinkedHashMap<>();
        if (groups.size() > INDEXED_GROUPS) {
            searches.put("everyRarest", String.join(" & ", groups.subList(0, INDEXED_GROUPS)));
        }
        searches.put("everyTerm", String.join(" & ", groups));
        if (uncommon.size() > 2 || uncommon.size() == 2 && groups.size() > 2) {
            searches.put("someTerms", someOf(uncommon));
        }
        searches.put("rareTerms", rare);
        List<String> run = searches.keySet().stream()
                .filter(name -> !(name.equals("everyTerm") && searches.containsKey("everyRarest"))).toList();
        var query = em.createNativeQuery(query(run, largeOrganisation))
                .setParameter("org", organisationId)
                .setParameter("text", text)
                .setParameter("anyTerm", String.join(" | ", groups));
        searches.forEach(query::setParameter);
        LOG.debugf("candidate searches for organisation %s (large: %s): %s", (Object) organisationId, largeOrganisation,
                searches);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
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
        String inner = words.stream().map(w -> NOT_LETTERS_OR_DIGITS.matcher(w).replaceAll("")).filter(w -> w.length() > 1)
                .distinct().collect(Collectors.joining(" | "));
        return inner.isEmpty() ? "" : "(" + inner + ")";
    }
}
