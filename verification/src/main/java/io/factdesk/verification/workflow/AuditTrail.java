package io.factdesk.verification.workflow;

import io.factdesk.core.audit.WorkflowEvent;
import io.factdesk.core.staff.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** A claim's audit trail for staff of its organisation, oldest event first. */
@ApplicationScoped
public class AuditTrail {

    @Inject
    StaffClaims claims;

    /** The claim's events in the order they happened; {@link io.factdesk.verification.common.NotFound} for another organisation's claim. */
    @Transactional
    public List<AuditEntry> of(Actor actor, long claimId) {
        var claim = claims.get(actor, claimId);
        return WorkflowEvent.trailOf(claim).stream().map(AuditEntry::of).toList();
    }
}
