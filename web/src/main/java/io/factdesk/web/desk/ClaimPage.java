package io.factdesk.web.desk;

import io.factdesk.core.staff.Actor;
import io.factdesk.verification.claimview.AppearanceItem;
import io.factdesk.verification.claimview.ClaimDetail;
import io.factdesk.verification.claimview.ClaimDetail.HistoryEntry;
import io.factdesk.verification.claimview.ClaimDetail.LinkedClaim;
import io.factdesk.verification.claimview.ClaimDetail.Member;
import io.factdesk.verification.claimview.ClaimDetail.PendingCorrection;
import io.factdesk.verification.claimview.ClaimDetail.PublishedVerdict;
import io.factdesk.verification.claimview.ClaimDetail.ReviewRound;
import io.factdesk.verification.claimview.ClaimDetail.ScaleEntry;
import io.factdesk.verification.claimview.ClaimDetail.TagItem;
import io.factdesk.verification.claimview.ClaimSummary;
import io.factdesk.verification.claimview.EvidenceItem;
import java.util.List;
import java.util.Map;

/**
 * Everything the desk's claim page shows: the claim as staff read it ({@link ClaimDetail}, plain data), what the
 * viewer may do, and what the viewer last typed when a form came back ({@link FormState}).
 *
 * @param earlierChecks earlier claims and published verdicts that may say the same, best first
 * @param decideMatches whether the viewer may confirm or reject earlier checks
 * @param translationPanel the verdict's translations and what it can be linked to, for editors; null otherwise
 */
public record ClaimPage(Actor me, ClaimDetail detail, Actions actions, FormState state,
        List<EarlierCheck> earlierChecks, boolean decideMatches, TranslationPanel translationPanel) {

    public ClaimSummary claim() {
        return detail.claim();
    }

    public List<HistoryEntry> history() {
        return detail.history();
    }

    public List<AppearanceItem> appearances() {
        return detail.appearances();
    }

    public List<EvidenceItem> evidence() {
        return detail.evidence();
    }

    public ReviewRound review() {
        return detail.review();
    }

    public List<String> approvers() {
        return detail.approvers();
    }

    public List<ScaleEntry> scale() {
        return detail.scale();
    }

    public List<Member> staff() {
        return detail.staff();
    }

    public PublishedVerdict verdict() {
        return detail.verdict();
    }

    /** The claim this one is linked to (confirmed as the same), or null. */
    public LinkedClaim linked() {
        return detail.linked();
    }

    /** The correction of the verdict awaiting approval (not yet public), or null. */
    public PendingCorrection pendingCorrection() {
        return detail.pendingCorrection();
    }

    public List<TagItem> tags() {
        return detail.tags();
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
    public ScaleEntry proposedRating() {
        return review() == null ? null : detail.scaleEntry(review().proposedRating());
    }

    /** The scale entry of the rating a pending correction proposes, or null. */
    public ScaleEntry pendingCorrectionRating() {
        return pendingCorrection() == null ? null : detail.scaleEntry(pendingCorrection().ratingCode());
    }

    /** Approvals the review awaiting approval has so far (0 when no review awaits approval). */
    public int approvalCount() {
        return detail.awaitingApproval() ? approvers().size() : 0;
    }

    /** k of the organisation's k-of-n approval policy. */
    public int approvalsRequired() {
        return detail.approvalsRequired();
    }

    /** How many more editors must approve before the review is published (0 when none awaits approval). */
    public int approvalsMissing() {
        return detail.awaitingApproval() ? Math.max(0, approvalsRequired() - approvers().size()) : 0;
    }
}
