package io.factdesk.core.verdict;

import io.factdesk.core.evidence.Evidence;
import io.factdesk.core.evidence.Stance;
import java.time.LocalDate;

/** A source as it stood when a verdict revision was approved; part of the revision's public snapshot. */
public record PublishedEvidence(String url, String citation, String title, String publisher, LocalDate accessedOn,
        Stance stance, String note) {

    public static PublishedEvidence of(Evidence evidence) {
        return new PublishedEvidence(evidence.url, evidence.citation, evidence.title, evidence.publisher,
                evidence.accessedOn, evidence.stance, evidence.note);
    }
}
