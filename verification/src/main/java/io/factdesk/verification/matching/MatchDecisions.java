package io.factdesk.verification.matching;

import io.factdesk.core.audit.WorkflowEvent;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.ClaimMatch;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.core.verdict.Verdict;
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
     * @throws MatchRefused when the actor is not a reviewer of the claim's organisation, the earlier claim is
     *                      neither the organisation's own nor a published verdict, or the two are the same claim
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
        if (!actor.has(StaffRole.REVIEWER)) {
            throw new MatchRefused(MatchRefused.Reason.WRONG_ROLE, "Only reviewers and editors decide on matches");
        }
        if (claimId == matchedClaimId) {
            throw new MatchRefused(MatchRefused.Reason.SAME_CLAIM, "A claim cannot match itself");
        }
        Claim claim = Claim.findInOrganisation(claimId, actor.organisation())
                .orElseThrow(() -> new MatchRefused(MatchRefused.Reason.NOT_FOUND,
                        "Claim " + claimId + " is not in your organisation"));
        Claim matched = Claim.<Claim>findByIdOptional(matchedClaimId)
                .orElseThrow(() -> new MatchRefused(MatchRefused.Reason.NOT_FOUND, unknown(matchedClaimId)));
        Verdict verdict = Verdict.findByClaim(matched).orElse(null);
        if (verdict == null && !actor.belongsTo(matched.organisation)) {
            // Another organisation's unpublished claim is reported exactly like a missing one.
            throw new MatchRefused(MatchRefused.Reason.NOT_FOUND, unknown(matchedClaimId));
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

    private static String unknown(long claimId) {
        return "There is no claim " + claimId + " or verdict you can link to";
    }
}
