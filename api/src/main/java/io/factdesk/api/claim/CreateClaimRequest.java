package io.factdesk.api.claim;

import io.factdesk.api.appearance.AddAppearanceRequest;
import io.factdesk.core.claim.ClaimantKind;
import io.factdesk.verification.claim.ClaimDraft;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A new claim; optionally with where it was seen. */
public record CreateClaimRequest(
        @NotBlank @Size(max = ClaimDraft.TEXT_LENGTH) String text,
        @Size(max = ClaimDraft.CLAIMANT_LENGTH) String claimant,
        LocalDate claimedOn,
        @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?") String language,
        @Size(max = ClaimDraft.TOPICS_LENGTH) String topics,
        @Valid AddAppearanceRequest appearance,
        ClaimantKind claimantKind) {

    ClaimDraft draft() {
        return new ClaimDraft(text, claimant, claimedOn, language, topics,
                appearance == null ? null : appearance.draft(), claimantKind);
    }
}
