package io.factdesk.verification.workflow;

import io.factdesk.core.evidence.Stance;
import java.time.LocalDate;

/**
 * A source a reviewer consulted. A title, a publisher and a URL or a citation are required.
 *
 * @param stance supports, refutes or gives context; null means context
 */
public record EvidenceDraft(String url, String citation, String title, String publisher, LocalDate accessedOn,
        Stance stance, String note) {

    boolean isComplete() {
        return !Text.isBlank(title) && !Text.isBlank(publisher) && (!Text.isBlank(url) || !Text.isBlank(citation));
    }
}
