package io.factdesk.verification.claimview;

import io.factdesk.core.evidence.Evidence;
import io.factdesk.core.evidence.Stance;
import java.time.Instant;
import java.time.LocalDate;

/** A source consulted for a claim, as plain data. */
public record EvidenceItem(long id, String url, String citation, String title, String publisher, LocalDate accessedOn,
        Stance stance, String note, String addedBy, Instant addedAt) {

    public static EvidenceItem of(Evidence e) {
        return new EvidenceItem(e.id, e.url, e.citation, e.title, e.publisher, e.accessedOn, e.stance, e.note,
                e.addedBy, e.addedAt);
    }
}
