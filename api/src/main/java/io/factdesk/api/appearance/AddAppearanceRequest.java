package io.factdesk.api.appearance;

import io.factdesk.core.common.ValidWebUrl;
import io.factdesk.verification.claim.AppearanceDraft;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Where a claim was seen: a URL or a quote is required. */
public record AddAppearanceRequest(
        @ValidWebUrl String url,
        @Size(max = 20000) String quote,
        @Size(max = 200) String outlet,
        LocalDate appearedOn) {

    public AppearanceDraft draft() {
        return new AppearanceDraft(url, quote, outlet, appearedOn);
    }
}
