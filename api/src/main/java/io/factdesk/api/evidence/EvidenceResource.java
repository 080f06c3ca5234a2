package io.factdesk.api.evidence;

import io.factdesk.api.problem.Etags;
import io.factdesk.api.security.CurrentActor;
import io.factdesk.api.support.Roles;
import io.factdesk.core.evidence.Evidence;
import io.factdesk.verification.claimview.ClaimViews;
import io.factdesk.verification.claimview.EvidenceItem;
import io.factdesk.verification.evidence.EvidenceService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The sources consulted for a claim; they change only while the claim is SUBMITTED or IN_REVIEW. */
@Path("/api/v1/claims/{claimId}/evidence")
@Tag(name = "Evidence")
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource {

    @Inject
    EvidenceService evidence;

    @Inject
    ClaimViews views;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    @Operation(summary = "List a claim's evidence", description = "Roles: reviewer, editor.")
    public List<EvidenceView> list(@PathParam("claimId") long claimId) {
        return views.evidence(actor.get(), claimId).stream().map(EvidenceView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    @Operation(summary = "Add evidence", description = "Roles: reviewer, editor. The add-evidence transition: only "
            + "while the claim is SUBMITTED or IN_REVIEW (409 transition-refused/wrong-state otherwise). A URL or a "
            + "citation is required (400). Optional If-Match with the claim's ETag (412 when stale).")
    public Response add(@PathParam("claimId") long claimId, @Valid @NotNull AddEvidenceRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Evidence added = evidence.add(actor.get(), claimId, request.draft(), Etags.expected(ifMatch));
        return Response.status(Response.Status.CREATED).entity(EvidenceView.of(EvidenceItem.of(added))).build();
    }

    @DELETE
    @Path("{evidenceId}")
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    @Operation(summary = "Remove evidence", description = "Roles: reviewer, editor. The remove-evidence transition: "
            + "only while the claim is SUBMITTED or IN_REVIEW (409 transition-refused/wrong-state otherwise). "
            + "Optional If-Match with the claim's ETag (412 when stale). 204.")
    public Response remove(@PathParam("claimId") long claimId, @PathParam("evidenceId") long evidenceId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        evidence.remove(actor.get(), claimId, evidenceId, Etags.expected(ifMatch));
        return Response.noContent().build();
    }
}
