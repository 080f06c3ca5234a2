package io.factdesk.verification.matching;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.ClaimMatch;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.embedding.SentenceEmbeddings;
import io.factdesk.verification.matching.index.HybridRetriever;
import io.factdesk.verification.matching.index.MatchIndex;
import io.factdesk.verification.matching.index.MatchText;
import io.factdesk.verification.matching.index.Numbers;
import io.factdesk.verification.matching.index.Ranked;
import io.factdesk.verification.matching.index.Reranker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finds earlier claims and published verdicts that say the same thing as a text: the hybrid retriever ranks the
 * claims the organisation may see in this instance's index (BM25 and sentence embeddings, fused), PostgreSQL then
 * confirms each one's scope and supplies what is shown, and the {@link Reranker} orders the best
 * {@value Reranker#POOL} by its learned model. The answer is always the ranked top k with a score, the fused one; the
 * thresholds only decide the level shown (possible, suggested, likely duplicate).
 */
@ApplicationScoped
public class ClaimMatcher {

    /** Longest text {@link #matches} compares; a claim holds at most 2,000 characters, a sentence rarely more. */
    public static final int MAX_TEXT = 5_000;

    /** Extra claims asked of the index in case some are skipped (the claim itself, rejected pairs). */
    private static final int SPARE = 5;

    private static final String ROWS = """
            select c.id, c.organisation_id, c.text, c.claimant, c.state, v.id, v.slug, r.headline
            from claim c left join verdict v on v.claim_id = c.id
            left join verdict_revision r on r.verdict_id = v.id and r.revision = v.current_revision
            where c.id in (:ids)
              and ((c.organisation_id = :org and c.state <> 'DISMISSED') or (c.state = 'RATED' and v.id is not null))
            """;

    private final MatchIndexSync index;
    private final ClaimEmbeddings embeddings;
    private final EntityManager em;
    private final double suggestedThreshold;
    private final double duplicateThreshold;

    /**
     * @param suggestedThreshold factdesk.matching.suggested-threshold: fused score from which a match is shown as
     *                           suggested (0–1; default chosen on development data, see MatchTuning)
     * @param duplicateThreshold factdesk.matching.duplicate-threshold: fused score from which it is flagged as a
     *                           likely duplicate (0–1, at least the suggested threshold)
     */
    @Inject
    public ClaimMatcher(MatchIndexSync index, ClaimEmbeddings embeddings, EntityManager em,
            @ConfigProperty(name = "factdesk.matching.suggested-threshold", defaultValue = MatchTuning.SUGGESTED)
            double suggestedThreshold,
            @ConfigProperty(name = "factdesk.matching.duplicate-threshold", defaultValue = MatchTuning.LIKELY_DUPLICATE)
            double duplicateThreshold) {
        if (suggestedThreshold < 0 || duplicateThreshold > 1 || duplicateThreshold < suggestedThreshold) {
            throw new IllegalArgumentException("Matching thresholds must satisfy 0 <= suggested <= duplicate <= 1");
        }
        this.index = index;
        this.embeddings = embeddings;
        this.em = em;
        this.suggestedThreshold = suggestedThreshold;
        this.duplicateThreshold = duplicateThreshold;
    }

    /**
     * The best matches for a text (a sentence, or a claim being written) among the organisation's own claims,
     * drafts included, and all organisations' published verdicts.
     *
     * @param organisationId the organisation asking; other organisations' unpublished claims are never returned
     * @param text           the statement to match
     * @param limit          at most this many matches, best first
     * @return the top matches, best first, each with its score and level
     * @throws InvalidInput when the text is longer than {@link #MAX_TEXT}
     */
    @Transactional
    public List<MatchSuggestion> matches(long organisationId, String text, int limit) {
        if (text != null && text.length() > MAX_TEXT) {
            throw InvalidInput.of("text", "too_long", MAX_TEXT);
        }
        return rank(organisationId, text, null, Set.of(), limit);
    }

    /**
     * The best matches for an existing claim: like {@link #matches(long, String, int)}, without the claim
     * itself and without pairs a reviewer already rejected.
     */
    @Transactional
    public List<MatchSuggestion> matchesForClaim(Claim claim, int limit) {
        Set<Long> skip = ClaimMatch.<ClaimMatch>stream("claim = ?1 and decision = ?2", claim,
                ClaimMatch.Decision.REJECTED).map(m -> m.matchedClaim.id).collect(Collectors.toCollection(HashSet::new));
        skip.add(claim.id);
        return rank(claim.organisation.id, claim.text, claim.id, skip, limit);
    }

    /** The fused score of an earlier claim for a claim, computed exactly as {@link #matches} scores it. */
    @Transactional
    public double similarity(Claim claim, Claim other) {
        HybridRetriever retriever = index.current();
        String text = MatchText.clean(claim.text);
        // A mostly Cyrillic text gets no vector from the English-only model: it is matched by its words alone.
        float[] query = QueryVectors.ofStoredClaim(retriever, claim.id, claim.text, text);
        Ranked indexed = retriever.score(text, query, other.id);
        if (indexed != null) {
            return round(indexed.score());
        }
        if (query == null) {
            return 0;
        }
        // Not in this instance's index yet: its embeddings computed now, as the index would hold them.
        ClaimEmbeddings.Vectors vectors = ClaimEmbeddings.vectors(other.text, embeddings.headlineOf(other.id));
        return round(retriever.fuse(retriever.semantic(SentenceEmbeddings.cosine(query, vectors.claim()),
                vectors.headline() == null ? Double.NaN : SentenceEmbeddings.cosine(query, vectors.headline())), 0));
    }

    /** The level of a match: the fused score's, but never a likely duplicate when the numbers differ. */
    public MatchLevel levelOf(double score, String text, String matchedText) {
        MatchLevel level = levelOf(score);
        return level == MatchLevel.LIKELY_DUPLICATE && Numbers.conflict(text, matchedText) ? MatchLevel.SUGGESTED
                : level;
    }

    /** The level a fused score falls in. */
    public MatchLevel levelOf(double score) {
        if (score >= duplicateThreshold) {
            return MatchLevel.LIKELY_DUPLICATE;
        }
        return score >= suggestedThreshold ? MatchLevel.SUGGESTED : MatchLevel.POSSIBLE;
    }

    /** {@code claimId}: the stored claim whose text this is (its vector is reused), or null for a typed text. */
    private List<MatchSuggestion> rank(long organisationId, String text, Long claimId, Set<Long> skip, int limit) {
        if (text == null || text.isBlank() || limit <= 0) {
            return List.of();
        }
        HybridRetriever retriever = index.current();
        String query = MatchText.clean(text);
        float[] vector = claimId == null ? QueryVectors.of(query)
                : QueryVectors.ofStoredClaim(retriever, claimId, text, query);
        List<Ranked> ranked = retriever.hybrid(query, vector, MatchIndex.scopeOf(organisationId),
                Math.max(Reranker.POOL, limit) + skip.size() + SPARE).stream()
                .filter(r -> !skip.contains(r.claimId())).toList();
        if (ranked.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> rows = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery(ROWS).setParameter("org", organisationId)
                .setParameter("ids", ranked.stream().map(Ranked::claimId).toList()).getResultList();
        found.forEach(row -> rows.put(((Number) row[0]).longValue(), row));
        // Absent rows are out of scope since the index last looked. The candidates' texts as the index holds them.
        List<Reranker.Candidate> candidates = new ArrayList<>();
        for (Ranked r : ranked) {
            Object[] row = rows.get(r.claimId());
            if (row != null) {
                candidates.add(new Reranker.Candidate(r, MatchText.of((String) row[2], (String) row[7])));
            }
        }
        List<MatchSuggestion> matches = new ArrayList<>();
        for (Ranked r : Reranker.committed().rerank(query, candidates)) {
            if (matches.size() == limit) {
                break;
            }
            Object[] row = rows.get(r.claimId());
            double score = round(r.score());
            matches.add(new MatchSuggestion(r.claimId(), ((Number) row[1]).longValue(), (String) row[2],
                    (String) row[3], (String) row[4], row[5] == null ? null : ((Number) row[5]).longValue(),
                    (String) row[6], score, levelOf(score, text, (String) row[2])));
        }
        return List.copyOf(matches);
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
