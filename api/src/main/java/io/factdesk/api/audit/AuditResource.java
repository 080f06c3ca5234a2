package io.factdesk.api.audit;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.api.support.Roles;
import io.factdesk.verification.workflow.AuditEntry;
import io.factdesk.verification.workflow.AuditTrail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The append-only audit trail of a claim. */
@Path("/api/v1/claims/{claimId}/events")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditTrail trail;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    @Operation(summary = "A claim's audit trail", description = "Roles: reviewer, editor. Every change: who, when, "
            + "what, from-state, to-state, note; oldest first.")
    public List<AuditEntry> list(@PathParam("claimId") long claimId) {
        return trail.of(actor.get(), claimId);
    }
}
