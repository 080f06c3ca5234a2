package io.factdesk.web.desk;

import io.factdesk.core.audit.WorkflowEvent;
import io.factdesk.core.claim.Appearance;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.ClaimState;
import io.factdesk.core.evidence.Evidence;
import io.factdesk.core.organisation.OrganisationMember;
import io.factdesk.core.rating.Rating;
import io.factdesk.core.review.Review;
import io.factdesk.core.review.ReviewStatus;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.verdict.CorrectionProposal;
import io.factdesk.core.verdict.Verdict;
import java.util.List;
import java.util.Map;

/**
 * Everything the desk's claim page shows, plus what the viewer last typed when a form came back.
 *
 * @param form submitted values to show again (by field name)
 * @param errors field errors (by field name)
 * @param refusal a refusal in plain words, shown at the top
 * @param notice what the last action did, shown at the top
 * @param preview the review analysis rendered for preview, or null
 * @param earlierChecks earlier claims and published verdicts that may say the same, best first
 * @param linkedHref where the claim this one is linked to (confirmed as the same) can be read, or null
 * @param decideMatches whether the viewer may confirm or reject earlier checks
 * @param pendingCorrection the correction of the verdict awaiting approval (not yet public), or null
 * @param translationPanel the verdict's translations and what it can be linked to, for editors; null otherwise
 */
public record ClaimPage(Actor me, Claim claim, List<WorkflowEvent> history, List<Appearance> appearances,
        List<Evidence> evidence, Review review, List<String> approvers, List<Rating> scale,
        List<OrganisationMember> staff, Verdict verdict, Actions actions, Map<String, String> form,
        Map<String, String> errors, String refusal, String notice, String preview,
        List<EarlierCheck> earlierChecks, String linkedHref, boolean decideMatches,
        CorrectionProposal pendingCorrection, TranslationPanel translationPanel) {

    /** The scale entry of the latest review's proposed rating, shown as its badge; null if it is not on the scale. */
    public Rating proposedRating() {
        return review == null ? null : entry(review.proposedRating);
    }

    /** The scale entry of the rating a pending correction proposes, or null. */
    public Rating pendingCorrectionRating() {
        return pendingCorrection == null ? null : entry(pendingCorrection.ratingCode);
    }

    /** Approvals the review awaiting approval has so far (0 when no review awaits approval). */
    public int approvalCount() {
        return awaitingApproval() ? approvers.size() : 0;
    }

    /** k of the organisation's k-of-n approval policy. */
    public int approvalsRequired() {
        return claim.organisation.approvalsRequired;
    }

    /** How many more editors must approve before the review is published (0 when none awaits approval). */
    public int approvalsMissing() {
        return awaitingApproval() ? Math.max(0, approvalsRequired() - approvers.size()) : 0;
    }

    private boolean awaitingApproval() {
        return review != null && review.status == ReviewStatus.SUBMITTED && claim.state() == ClaimState.REVIEWED;
    }

    private Rating entry(String code) {
        return code == null ? null : scale.stream().filter(r -> code.equals(r.code)).findFirst().orElse(null);
    }
}
