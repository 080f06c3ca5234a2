package io.factdesk.api.claim;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.ClaimState;
import io.factdesk.core.claim.ClaimantKind;
import io.factdesk.verification.claimview.ClaimSummary;
import io.factdesk.verification.claimview.ClaimWithActions;
import io.factdesk.verification.workflow.AllowedActions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A claim as staff see it; {@code version} is also its ETag.
 *
 * @param allowedActions what the caller may do with the claim now, as the review workflow answers it; only on
 *     answers about one claim, not in lists
 */
public record ClaimView(long id, String text, String claimant, LocalDate claimedOn, String language, String topics,
        Double checkWorthiness, ClaimState state, String assignee, String dismissReason, int tipCount,
        String createdBy, Instant createdAt, Instant updatedAt, long version, ClaimantKind claimantKind,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "What the caller may do with the claim now, as the review workflow answers it: the "
                + "names of the transitions it would accept (take, assign, add-evidence, remove-evidence, "
                + "submit-review, approve, return, dismiss, correct, approve-correction, return-correction, "
                + "reopen), given complete input. Only on answers about one claim; lists leave it out.",
                nullable = true)
        List<String> allowedActions) {

    /** The claim as a list shows it, without what the caller may do with it. */
    public static ClaimView of(Claim claim) {
        return of(ClaimSummary.of(claim), null);
    }

    /** The claim with what the caller may do with it now (the answer to a change). */
    public static ClaimView of(Claim claim, AllowedActions allowed) {
        return of(ClaimSummary.of(claim), allowed);
    }

    /** The claim as the claim views read it, with what the caller may do with it now. */
    public static ClaimView of(ClaimWithActions read) {
        return of(read.claim(), read.allowed());
    }

    private static ClaimView of(ClaimSummary c, AllowedActions allowed) {
        return new ClaimView(c.id(), c.text(), c.claimant(), c.claimedOn(), c.language(), c.topics(),
                c.checkWorthiness(), c.state(), c.assignee(), c.dismissReason(), c.tipCount(), c.createdBy(),
                c.createdAt(), c.updatedAt(), c.version(), c.claimantKind(), allowed == null ? null : allowed.codes());
    }
}
