package io.factdesk.web.desk;

import io.factdesk.core.audit.WorkflowEvent;
import io.factdesk.core.claim.Appearance;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.evidence.Evidence;
import io.factdesk.core.organisation.OrganisationMember;
import io.factdesk.core.rating.Rating;
import io.factdesk.core.review.Approval;
import io.factdesk.core.review.Review;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.verdict.Verdict;
import io.factdesk.verification.claim.ClaimService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Loads and renders the claim page in one transaction (entities are read while the page renders). */
@ApplicationScoped
public class ClaimPages {

    @Inject
    ClaimService claims;

    /** The rendered page; {@code form}, {@code errors}, {@code refusal}, {@code notice} may be empty/null. */
    @Transactional
    public String render(Actor me, long claimId, Map<String, String> form, Map<String, String> errors,
            String refusal, String notice, String preview) {
        Claim claim = claims.get(me, claimId);
        Review review = Review.latestOf(claim).orElse(null);
        List<String> approvers = review == null ? List.of()
                : Approval.of(review).stream().map(a -> a.editor).toList();
        Set<String> approverSet = new HashSet<>(approvers);
        ClaimPage page = new ClaimPage(me, claim, WorkflowEvent.trailOf(claim), Appearance.of(claim),
                Evidence.of(claim), review, approvers, Rating.scaleOf(claim.organisation),
                OrganisationMember.list("organisation = ?1 order by displayName", claim.organisation),
                Verdict.findByClaim(claim).orElse(null), Actions.of(me, claim, review, approverSet), form, errors,
                refusal, notice, preview);
        return Claims.Templates.show(page).render();
    }
}
