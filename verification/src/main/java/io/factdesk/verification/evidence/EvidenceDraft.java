package io.factdesk.verification.evidence;

import io.factdesk.core.evidence.Stance;
import java.time.LocalDate;

/**
 * A source consulted for a claim. Title, publisher, and a URL or a citation are required.
 *
 * @param stance supports, refutes or gives context; null means context
 */
public record EvidenceDraft(String url, String citation, String title, String publisher, LocalDate accessedOn,
        Stance stance, String note) {
}
