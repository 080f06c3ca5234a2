package io.factdesk.verification.claimview;

import io.factdesk.core.claim.ClaimState;
import io.factdesk.core.review.ReviewStatus;
import io.factdesk.verification.workflow.AllowedActions;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Everything staff see about one claim of their organisation, read in one place ({@link ClaimViews}) for the
 * desk's claim page: plain data, no entities, so a page renders it after the transaction that read it (a test
 * keeps entity types out). The claim's live rows, drafts included: this is never shown to the public.
 *
 * @param allowed what the viewer may do with the claim now, as the review workflow answers it
 * @param review the latest review, or null before the first one
 * @param approvers login names of the editors who approved {@code review}
 * @param scale the organisation's rating scale, labelled in the claim's language
 * @param staff the organisation's members, by display name (to assign the claim to)
 * @param approvalsRequired k of the organisation's k-of-n approval policy
 * @param verdict the published verdict, or null
 * @param pendingCorrection the correction of the verdict awaiting approval (not yet public), or null
 * @param correctionApprovers login names of the editors who approved {@code pendingCorrection}
 * @param linked the claim this one was confirmed to repeat, or null
 * @param tags the claim's tags, alphabetically
 */
public record ClaimDetail(ClaimSummary claim, AllowedActions allowed, List<HistoryEntry> history,
        List<AppearanceItem> appearances, List<EvidenceItem> evidence, ReviewRound review, List<String> approvers,
        List<ScaleEntry> scale, List<Member> staff, int approvalsRequired, PublishedVerdict verdict,
        PendingCorrection pendingCorrection, Set<String> correctionApprovers, LinkedClaim linked,
        List<TagItem> tags) {

    /** One workflow event of the claim's audit trail. */
    public record HistoryEntry(String type, String actor, ClaimState fromState, ClaimState toState, String note,
            Instant occurredAt) {

        /** True when the event moved the claim to another state. */
        public boolean moved() {
            return fromState != toState;
        }
    }

    /** A review round: what its author proposed and where it stands. */
    public record ReviewRound(int round, String author, String headline, String summary, String analysis,
            String proposedRating, ReviewStatus status, String returnNote) {
    }

    /** An entry of the rating scale with its label in the claim's language. */
    public record ScaleEntry(String code, String label, String colour) {
    }

    /** A member of the organisation's staff. */
    public record Member(String username, String displayName) {
    }

    /** The claim's published verdict. */
    public record PublishedVerdict(long id, String slug) {
    }

    /** A correction of the verdict awaiting approval. */
    public record PendingCorrection(String proposedBy, String note, String ratingCode, String explanation) {
    }

    /**
     * The claim this one was confirmed to repeat.
     *
     * @param href where to read it: its published verdict, else that claim on the desk
     */
    public record LinkedClaim(long id, String text, String href) {
    }

    /** A tag on the claim. */
    public record TagItem(long id, String name) {
    }

    /** The scale entry of {@code code}, or null when the scale has none (an older code shows as it is). */
    public ScaleEntry scaleEntry(String code) {
        return code == null ? null : scale.stream().filter(r -> code.equals(r.code())).findFirst().orElse(null);
    }

    /** True when the latest review awaits the editors' approval. */
    public boolean awaitingApproval() {
        return review != null && review.status() == ReviewStatus.SUBMITTED && claim.state() == ClaimState.REVIEWED;
    }
}
