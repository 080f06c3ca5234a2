package io.factdesk.web.desk;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.ClaimState;
import io.factdesk.core.review.Review;
import io.factdesk.core.review.ReviewStatus;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.core.verdict.CorrectionProposal;
import io.factdesk.verification.workflow.RefusalReason;
import java.util.Objects;
import java.util.Set;

/**
 * Which actions the claim page offers the viewer: only those the review workflow would allow them now. The
 * workflow still decides on every POST; this only keeps useless buttons off the page. {@code approveBlocked}
 * explains in plain words why an editor sees no approve button (the four-eyes rule), for a review or a proposed
 * correction.
 */
public record Actions(boolean take, boolean assign, boolean evidence, boolean review, boolean approve,
        boolean returnForWork, boolean dismiss, boolean correct, boolean reopen, boolean approveCorrection,
        boolean returnCorrection, String approveBlocked) {

    /**
     * @param pending the correction awaiting approval, or null
     * @param correctionApprovers login names of the editors who already approved it
     */
    public static Actions of(Actor me, Claim claim, Review latest, Set<String> approvers, CorrectionProposal pending,
            Set<String> correctionApprovers) {
        ClaimState state = claim.state();
        boolean editor = me.has(StaffRole.EDITOR);
        boolean reviewer = me.has(StaffRole.REVIEWER);
        boolean assignedToMe = Objects.equals(claim.assignee(), me.username());
        boolean open = state == ClaimState.SUBMITTED || state == ClaimState.IN_REVIEW;
        boolean reviewed = state == ClaimState.REVIEWED && latest != null && latest.status == ReviewStatus.SUBMITTED;
        boolean authoredIt = reviewed && me.username().equals(latest.author);
        boolean approvedIt = reviewed && approvers.contains(me.username());
        boolean rated = state == ClaimState.RATED;
        boolean waiting = rated && pending != null;
        boolean proposedIt = waiting && me.username().equals(pending.proposedBy);
        boolean approvedCorrection = waiting && correctionApprovers.contains(me.username());
        String blocked = null;
        if (editor && authoredIt) {
            blocked = RefusalReason.FOUR_EYES.message();
        } else if (editor && proposedIt) {
            blocked = "You proposed this correction; another editor must approve it.";
        } else if (editor && (approvedIt || approvedCorrection)) {
            blocked = RefusalReason.ALREADY_APPROVED.message();
        }
        return new Actions(
                reviewer && state == ClaimState.SUBMITTED && claim.assignee() == null,
                editor && open,
                open && (assignedToMe || editor),
                state == ClaimState.IN_REVIEW && assignedToMe,
                editor && reviewed && !authoredIt && !approvedIt,
                editor && reviewed,
                editor && (open || state == ClaimState.REVIEWED),
                editor && rated && !waiting,
                editor && rated,
                editor && waiting && !proposedIt && !approvedCorrection,
                editor && waiting,
                blocked);
    }

    public boolean editorPanel() {
        return approve || returnForWork || dismiss || correct || reopen || assign || returnCorrection
                || approveBlocked != null;
    }
}
