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
import io.factdesk.verification.claimview.ClaimDetail;
import java.util.List;
import java.util.Map;

/**
 * Everything the desk's claim page shows: the claim as staff read it ({@link ClaimDetail}), what the viewer may
 * do, and what the viewer last typed when a form came back ({@link FormState}).
 *
 * @param earlierChecks earlier claims and published verdicts that may say the same, best first
 * @param decideMatches whether the viewer may confirm or reject earlier checks
 * @param translationPanel the verdict's translations and what it can be linked to, for editors; null otherwise
 */
public record ClaimPage(Actor me, ClaimDetail detail, Actions actions, FormState state,
        List<EarlierCheck> earlierChecks, boolean decideMatches, TranslationPanel translationPanel) {

    public Claim claim() {
        return detail.claim();
    }

    public List<WorkflowEvent> history() {
        return detail.history();
    }

    public List<Appearance> appearances() {
        return detail.appearances();
    }

    public List<Evidence> evidence() {
        return detail.evidence();
    }

    public Review review() {
        return detail.review();
    }

    public List<String> approvers() {
        return detail.approvers();
    }

    public List<Rating> scale() {
        return detail.scale();
    }

    public List<OrganisationMember> staff() {
        return detail.staff();
    }

    public Verdict verdict() {
        return detail.verdict();
    }

    /** Where the claim this one is linked to (confirmed as the same) can be read, or null. */
    public String linkedHref() {
        return detail.linkedHref();
    }

    /** The correction of the verdict awaiting approval (not yet public), or null. */
    public CorrectionProposal pendingCorrection() {
        return detail.pendingCorrection();
    }

    public Map<String, String> form() {
        return state.form();
    }

    public Map<String, String> errors() {
        return state.errors();
    }

    public String refusal() {
        return state.refusal();
    }

    public String notice() {
        return state.notice();
    }

    public String preview() {
        return state.preview();
    }

    /** The scale entry of the latest review's proposed rating, shown as its badge; null if it is not on the scale. */
    public Rating proposedRating() {
        return review() == null ? null : entry(review().proposedRating);
    }

    /** The scale entry of the rating a pending correction proposes, or null. */
    public Rating pendingCorrectionRating() {
        return pendingCorrection() == null ? null : entry(pendingCorrection().ratingCode);
    }

    /** Approvals the review awaiting approval has so far (0 when no review awaits approval). */
    public int approvalCount() {
        return awaitingApproval() ? approvers().size() : 0;
    }

    /** k of the organisation's k-of-n approval policy. */
    public int approvalsRequired() {
        return claim().organisation.approvalsRequired;
    }

    /** How many more editors must approve before the review is published (0 when none awaits approval). */
    public int approvalsMissing() {
        return awaitingApproval() ? Math.max(0, approvalsRequired() - approvers().size()) : 0;
    }

    private boolean awaitingApproval() {
        Review review = review();
        return review != null && review.status == ReviewStatus.SUBMITTED && claim().state() == ClaimState.REVIEWED;
    }

    private Rating entry(String code) {
        return code == null ? null : scale().stream().filter(r -> code.equals(r.code)).findFirst().orElse(null);
    }
}
