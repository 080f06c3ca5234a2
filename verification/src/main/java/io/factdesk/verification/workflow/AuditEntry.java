package io.factdesk.verification.workflow;

import io.factdesk.core.audit.WorkflowEvent;
import io.factdesk.core.claim.ClaimState;
import java.time.Instant;

/** One line of a claim's audit trail, detached from the database. */
public record AuditEntry(long id, String type, String actor, ClaimState fromState, ClaimState toState, String note,
        Instant occurredAt) {

    static AuditEntry of(WorkflowEvent event) {
        return new AuditEntry(event.id, event.type, event.actor, event.fromState, event.toState, event.note,
                event.occurredAt);
    }
}
