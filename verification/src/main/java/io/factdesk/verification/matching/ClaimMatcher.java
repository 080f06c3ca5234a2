package io.factdesk.verification.matching;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.ClaimMatch;
import io.factdesk.verification.common.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finds earlier claims and published verdicts that say the same thing as a text: candidates come from
 * PostgreSQL indexes ({@link CandidateFinder}), then each is scored by {@link ClaimSimilarity} and
 * classified against two thresholds.
 */
@ApplicationScoped
public class ClaimMatcher {

    /** Longest text {@link #matches} compares; a claim holds at most 2,000 characters, a sentence rarely more. */
    public static final int MAX_TEXT = 5_000;

    private final CandidateFinder candidates;
    private final TermExtractor terms;
    private final double suggestedThreshold;
    private final double duplicateThreshold;

    /**
     * @param candidates         the index-backed candidate search
     * @param suggestedThreshold factdesk.matching.suggested-threshold: similarity from which an earlier claim is
     *                           shown as a suggestion (0–1, default 0.45)
     * @param duplicateThreshold factdesk.matching.duplicate-threshold: similarity from which it is flagged as a
     *                           likely duplicate (0–1, default 0.7; at least the suggested threshold)
     */
    @Inject
    public ClaimMatcher(CandidateFinder candidates,
            @ConfigProperty(name = "factdesk.matching.suggested-threshold", defaultValue = "0.45")
            double suggestedThreshold,
            @ConfigProperty(name = "factdesk.matching.duplicate-threshold", defaultValue = "0.7")
            double duplicateThreshold) {
        if (suggestedThreshold < 0 || duplicateThreshold > 1 || duplicateThreshold < suggestedThreshold) {
            throw new IllegalArgumentException("Matching thresholds must satisfy 0 <= suggested <= duplicate <= 1");
        }
        this.candidates = candidates;
        this.terms = new TermExtractor();
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
     * @return matches at or above the suggested threshold, best first
     * @throws InvalidInput when the text is longer than {@link #MAX_TEXT}
     */
    @Transactional
    public List<MatchSuggestion> matches(long organisationId, String text, int limit) {
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidInput("text", "must be at most " + MAX_TEXT + " characters");
        }
        return rank(organisationId, text, Set.of(), limit);
    }

    /**
     * The best matches for an existing claim: like {@link #matches(long, String, int)}, without the claim
     * itself and without pairs a reviewer already rejected.
     */
    @Transactional
    public List<MatchSuggestion> matchesForClaim(Claim claim, int limit) {
        Set<Long> excluded = ClaimMatch.<ClaimMatch>stream("claim = ?1 and decision = ?2", claim,
                ClaimMatch.Decision.REJECTED).map(m -> m.matchedClaim.id).collect(Collectors.toSet());
        Set<Long> skip = new java.util.HashSet<>(excluded);
        skip.add(claim.id);
        return rank(claim.organisation.id, claim.text, skip, limit);
    }

    /** The similarity of two claims in [0, 1], scored exactly as {@link #matches} scores a candidate. */
    @Transactional
    public double similarity(Claim claim, Claim other) {
        return round(ClaimSimilarity.of(terms.extract(claim.text), terms.extract(other.text),
                candidates.trigram(claim.text, other.text)));
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    /** The level a similarity score falls in, or null below the suggested threshold. */
    public MatchLevel levelOf(double score) {
        if (score >= duplicateThreshold) {
            return MatchLevel.LIKELY_DUPLICATE;
        }
        return score >= suggestedThreshold ? MatchLevel.SUGGESTED : null;
    }

    private List<MatchSuggestion> rank(long organisationId, String text, Set<Long> skip, int limit) {
        if (text == null || text.isBlank() || limit <= 0) {
            return List.of();
        }
        ClaimTerms query = terms.extract(text);
        List<MatchSuggestion> ranked = new ArrayList<>();
        for (CandidateFinder.Candidate c : candidates.find(organisationId, text, query)) {
            if (skip.contains(c.claimId())) {
                continue;
            }
            double score = round(ClaimSimilarity.of(query, terms.extract(c.text()), c.trigram()));
            MatchLevel level = levelOf(score);
            if (level != null) {
                ranked.add(new MatchSuggestion(c.claimId(), c.organisationId(), c.text(), c.claimant(), c.state(),
                        c.verdictId(), c.verdictSlug(), score, level));
            }
        }
        ranked.sort(Comparator.comparingDouble(MatchSuggestion::score).reversed()
                .thenComparing(MatchSuggestion::claimId));
        return ranked.size() > limit ? List.copyOf(ranked.subList(0, limit)) : List.copyOf(ranked);
    }
}
