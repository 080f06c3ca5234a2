package io.factdesk.api.matching;

import io.factdesk.core.claim.ClaimMatch;
import java.time.Instant;

/** A reviewer's stored decision on a pair: the claim and the earlier claim (and its verdict, if published). */
public record MatchDecisionView(long claimId, long matchedClaimId, Long matchedVerdictId, String decision,
        double score, String level, String decidedBy, Instant decidedAt, String note, Long duplicateOf) {

    public static MatchDecisionView of(ClaimMatch match) {
        return new MatchDecisionView(match.claim.id, match.matchedClaim.id,
                match.matchedVerdict == null ? null : match.matchedVerdict.id, match.decision.name(), match.score,
                match.level, match.decidedBy, match.decidedAt, match.note,
                match.claim.duplicateOf == null ? null : match.claim.duplicateOf.id);
    }
}
