package io.factdesk.api.evidence;

import io.factdesk.core.common.ValidWebUrl;
import io.factdesk.core.evidence.Stance;
import io.factdesk.verification.workflow.EvidenceDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A source consulted: title, publisher, and a URL or a citation. {@code stance} defaults to CONTEXT. */
public record AddEvidenceRequest(
        @ValidWebUrl String url,
        @Size(max = 1000) String citation,
        @NotBlank @Size(max = 500) String title,
        @NotBlank @Size(max = 200) String publisher,
        LocalDate accessedOn,
        Stance stance,
        @Size(max = 20000) String note) {

    EvidenceDraft draft() {
        return new EvidenceDraft(url, citation, title, publisher, accessedOn, stance, note);
    }
}
