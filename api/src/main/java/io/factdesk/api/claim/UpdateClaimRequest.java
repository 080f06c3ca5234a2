package io.factdesk.api.claim;

import io.factdesk.core.claim.ClaimantKind;
import io.factdesk.verification.claim.ClaimDraft;
import io.factdesk.verification.claim.ClaimEdit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** New wording for an editable claim; every field replaces the current value (null clears optional ones;
 * a null language keeps the claim's). */
public record UpdateClaimRequest(
        @NotBlank @Size(max = ClaimDraft.TEXT_LENGTH) String text,
        @Size(max = ClaimDraft.CLAIMANT_LENGTH) String claimant,
        LocalDate claimedOn,
        @Size(max = ClaimDraft.TOPICS_LENGTH) String topics,
        ClaimantKind claimantKind,
        @Size(max = 10) String language) {

    ClaimEdit edit() {
        return new ClaimEdit(text, claimant, claimedOn, topics, claimantKind, language);
    }
}
