package io.factdesk.api.evidence;

import io.factdesk.core.common.ValidWebUrl;
import io.factdesk.core.evidence.Stance;
import io.factdesk.verification.workflow.EvidenceDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A source consulted: title, publisher, and a URL or a citation. {@code stance} defaults to CONTEXT. The limits
 * and the URL-or-citation rule are {@link EvidenceDraft}'s.
 */
public record AddEvidenceRequest(
        @ValidWebUrl String url,
        @Size(max = EvidenceDraft.CITATION_LENGTH) String citation,
        @NotBlank @Size(max = EvidenceDraft.TITLE_LENGTH) String title,
        @NotBlank @Size(max = EvidenceDraft.PUBLISHER_LENGTH) String publisher,
        LocalDate accessedOn,
        Stance stance,
        @Size(max = EvidenceDraft.NOTE_LENGTH) String note) {

    EvidenceDraft draft() {
        return new EvidenceDraft(url, citation, title, publisher, accessedOn, stance, note);
    }
}
