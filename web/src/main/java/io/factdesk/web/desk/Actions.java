package io.factdesk.web.desk;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.ClaimState;
import io.factdesk.core.review.Review;
import io.factdesk.core.review.ReviewStatus;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.workflow.RefusalReason;
import java.util.Objects;
import java.util.Set;

/**
 * Which actions the claim page offers the viewer: only those the review workflow would allow them now. The
 * workflow still decides on every POST; this only keeps useless buttons off the page. {@code approveBlocked}
 * explains in plain words why an editor sees no approve button (the four-eyes rule).
 */
public record Actions(boolean take, boolean assign, boolean evidence, boolean review, boolean approve,
        boolean returnForWork, boolean dismiss, boolean correct, boolean reopen, String approveBlocked) {

    public static Actions of(Actor me, Claim claim, Review latest, Set<String> approvers) {
        ClaimState state = claim.state();
        boolean editor = me.has(StaffRole.EDITOR);
        boolean reviewer = me.has(StaffRole.REVIEWER);
        boolean assignedToMe = Objects.equals(claim.assignee(), me.username());
        boolean open = state == ClaimState.SUBMITTED || state == ClaimState.IN_REVIEW;
        boolean reviewed = state == ClaimState.REVIEWED && latest != null && latest.status == ReviewStatus.SUBMITTED;
        boolean authoredIt = reviewed && me.username().equals(latest.author);
        boolean approvedIt = reviewed && approvers.contains(me.username());
        String blocked = null;
        if (editor && authoredIt) {
            blocked = RefusalReason.FOUR_EYES.message();
        } else if (editor && approvedIt) {
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
                editor && state == ClaimState.RATED,
                editor && state == ClaimState.RATED,
                blocked);
    }

    public boolean editorPanel() {
        return approve || returnForWork || dismiss || correct || reopen || assign || approveBlocked != null;
    }
}
