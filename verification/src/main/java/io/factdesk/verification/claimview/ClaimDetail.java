package io.factdesk.verification.claimview;

import io.factdesk.core.audit.WorkflowEvent;
import io.factdesk.core.claim.Appearance;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.evidence.Evidence;
import io.factdesk.core.organisation.OrganisationMember;
import io.factdesk.core.rating.Rating;
import io.factdesk.core.review.Review;
import io.factdesk.core.verdict.CorrectionProposal;
import io.factdesk.core.verdict.Verdict;
import java.util.List;
import java.util.Set;

/**
 * Everything staff see about one claim of their organisation, read in one place ({@link ClaimViews}) for the
 * desk's claim page and the API. The claim's live rows, drafts included: this is never shown to the public.
 *
 * @param review the latest review, or null before the first one
 * @param approvers login names of the editors who approved {@code review}
 * @param staff the organisation's members, by display name (to assign the claim to)
 * @param verdict the published verdict, or null
 * @param pendingCorrection the correction of the verdict awaiting approval (not yet public), or null
 * @param correctionApprovers login names of the editors who approved {@code pendingCorrection}
 * @param linkedHref where the claim this one is linked to (confirmed as the same) can be read, or null
 */
public record ClaimDetail(Claim claim, List<WorkflowEvent> history, List<Appearance> appearances,
        List<Evidence> evidence, Review review, List<String> approvers, List<Rating> scale,
        List<OrganisationMember> staff, Verdict verdict, CorrectionProposal pendingCorrection,
        Set<String> correctionApprovers, String linkedHref) {
}
