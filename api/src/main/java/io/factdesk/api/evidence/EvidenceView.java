package io.factdesk.api.evidence;

import io.factdesk.verification.claimview.EvidenceItem;
import io.factdesk.core.evidence.Stance;
import java.time.Instant;
import java.time.LocalDate;

/** A source consulted for a claim. */
public record EvidenceView(long id, String url, String citation, String title, String publisher,
        LocalDate accessedOn, Stance stance, String note, String addedBy, Instant addedAt) {

    public static EvidenceView of(EvidenceItem e) {
        return new EvidenceView(e.id(), e.url(), e.citation(), e.title(), e.publisher(), e.accessedOn(), e.stance(),
                e.note(), e.addedBy(), e.addedAt());
    }
}
