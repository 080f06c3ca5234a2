package io.factdesk.verification.matching;

import io.factdesk.core.audit.WorkflowEvent;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.ClaimMatch;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.core.verdict.Verdict;
import io.factdesk.verification.common.Conflict;
import io.factdesk.verification.common.NotPermitted;
import io.factdesk.verification.common.OrganisationClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Records a reviewer's decision on a suggested match. Confirming links the claim to the earlier claim
 * ({@code claim.duplicateOf}) and, through the stored match, to its published verdict; rejecting keeps the
 * pair out of future suggestions. A later decision on the same pair replaces the earlier one.
 */
@ApplicationScoped
public class MatchDecisions {

    private final ClaimMatcher matcher;

    @Inject
    public MatchDecisions(ClaimMatcher matcher) {
        this.matcher = matcher;
    }

    /**
     * Confirms that {@code claimId} says the same as {@code matchedClaimId}.
     *
     * @throws NotPermitted when the actor is not a reviewer; {@link io.factdesk.verification.common.NotFound} when
     *                      the claim is not the actor's organisation's or the earlier claim is neither the
     *                      organisation's own nor a published verdict; {@link Conflict} when the two are the same
     */
    @Transactional
    public ClaimMatch confirm(Actor actor, long claimId, long matchedClaimId, String note) {
        ClaimMatch match = decide(actor, claimId, matchedClaimId, ClaimMatch.Decision.CONFIRMED, note);
        match.claim.duplicateOf = match.matchedClaim;
        return match;
    }

    /** Rejects a suggested match; the pair is not suggested again. Same rules as {@link #confirm}. */
    @Transactional
    public ClaimMatch reject(Actor actor, long claimId, long matchedClaimId, String note) {
        ClaimMatch match = decide(actor, claimId, matchedClaimId, ClaimMatch.Decision.REJECTED, note);
        if (match.claim.duplicateOf != null && match.claim.duplicateOf.id.equals(matchedClaimId)) {
            match.claim.duplicateOf = null; // a reversed confirmation must not leave the link behind
        }
        return match;
    }

    private ClaimMatch decide(Actor actor, long claimId, long matchedClaimId, ClaimMatch.Decision decision,
            String note) {
        NotPermitted.unlessHas(actor, StaffRole.REVIEWER);
        if (claimId == matchedClaimId) {
            throw Conflict.of("same-claim");
        }
        Claim claim = OrganisationClaims.get(actor, claimId);
        Claim matched = Claim.<Claim>findByIdOptional(matchedClaimId)
                .orElseThrow(() -> OrganisationClaims.notFound(matchedClaimId));
        Verdict verdict = Verdict.findByClaim(matched).orElse(null);
        if (verdict == null && !actor.belongsTo(matched.organisation)) {
            // Another organisation's unpublished claim is reported exactly like a missing one.
            throw OrganisationClaims.notFound(matchedClaimId);
        }
        ClaimMatch match = ClaimMatch.findPair(claim, matched).orElseGet(ClaimMatch::new);
        double score = matcher.similarity(claim, matched);
        MatchLevel level = matcher.levelOf(score, claim.text, matched.text);
        match.organisation = claim.organisation;
        match.claim = claim;
        match.matchedClaim = matched;
        match.matchedVerdict = verdict;
        match.score = score;
        match.level = level.name();
        match.decision = decision;
        match.decidedBy = actor.username();
        match.decidedAt = Instant.now();
        match.note = note == null || note.isBlank() ? null : note.strip();
        match.persist();
        WorkflowEvent.record(claim, decision == ClaimMatch.Decision.CONFIRMED ? "MatchConfirmed" : "MatchRejected",
                actor.username(), claim.state(), claim.state(), "claim " + matched.id
                        + (match.note == null ? "" : ": " + match.note));
        return match;
    }
}
