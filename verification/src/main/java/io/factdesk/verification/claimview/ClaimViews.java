package io.factdesk.verification.claimview;

import io.factdesk.core.audit.WorkflowEvent;
import io.factdesk.core.claim.Appearance;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.evidence.Evidence;
import io.factdesk.core.organisation.OrganisationMember;
import io.factdesk.core.rating.Rating;
import io.factdesk.core.review.Approval;
import io.factdesk.core.review.Review;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.verdict.CorrectionApproval;
import io.factdesk.core.verdict.CorrectionProposal;
import io.factdesk.core.verdict.Verdict;
import io.factdesk.verification.claim.ClaimService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one way staff channels read a claim: the desk's claim page and the API ask here, scoped to the actor's
 * organisation (another organisation's claim is not found). Reads only; changes go through the workflow.
 * Entities come back attached to the caller's transaction, so a page may render them before it ends.
 */
@ApplicationScoped
@Transactional
public class ClaimViews {

    @Inject
    ClaimService claims;

    /** Everything about one claim. */
    public ClaimDetail detail(Actor actor, long claimId) {
        Claim claim = claims.find(actor, claimId);
        Review review = Review.latestOf(claim).orElse(null);
        List<String> approvers = review == null ? List.of()
                : Approval.of(review).stream().map(a -> a.editor).toList();
        CorrectionProposal pending = CorrectionProposal.pendingFor(claim.id).orElse(null);
        Set<String> correctionApprovers = pending == null ? Set.of()
                : CorrectionApproval.of(pending).stream().map(a -> a.editor).collect(Collectors.toSet());
        return new ClaimDetail(claim, WorkflowEvent.trailOf(claim), Appearance.of(claim), Evidence.of(claim),
                review, approvers, Rating.scaleOf(claim.organisation),
                OrganisationMember.list("organisation = ?1 order by displayName", claim.organisation),
                Verdict.findByClaim(claim).orElse(null), pending, correctionApprovers, linkedHref(claim));
    }

    /** The claim alone. */
    public Claim claim(Actor actor, long claimId) {
        return claims.find(actor, claimId);
    }

    /** The claim's evidence, in the order it was added. */
    public List<Evidence> evidence(Actor actor, long claimId) {
        return Evidence.of(claims.find(actor, claimId));
    }

    /** Where the claim was seen. */
    public List<Appearance> appearances(Actor actor, long claimId) {
        return Appearance.of(claims.find(actor, claimId));
    }

    /** The published verdict of the claim this one was confirmed to repeat, else that claim on the desk. */
    private static String linkedHref(Claim claim) {
        if (claim.duplicateOf == null) {
            return null;
        }
        return Verdict.findByClaim(claim.duplicateOf).map(v -> "/verdicts/" + v.slug)
                .orElse("/desk/claims/" + claim.duplicateOf.id);
    }
}
