package io.factdesk.api.appearance;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.api.support.Roles;
import io.factdesk.core.claim.Appearance;
import io.factdesk.verification.claim.AppearanceService;
import io.factdesk.verification.claimview.AppearanceItem;
import io.factdesk.verification.claimview.ClaimViews;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where a claim was seen. */
@Path("/api/v1/claims/{claimId}/appearances")
@Tag(name = "Appearances")
@Produces(MediaType.APPLICATION_JSON)
public class AppearanceResource {

    @Inject
    AppearanceService appearances;

    @Inject
    ClaimViews views;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    @Operation(summary = "List a claim's appearances", description = "Roles: reviewer, editor.")
    public List<AppearanceView> list(@PathParam("claimId") long claimId) {
        return views.appearances(actor.get(), claimId).stream().map(AppearanceView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    @Operation(summary = "Add an appearance", description = "Roles: reviewer, editor. A URL or a quote is required; "
            + "allowed in every state.")
    public Response add(@PathParam("claimId") long claimId, @Valid @NotNull AddAppearanceRequest request) {
        Appearance appearance = appearances.add(actor.get(), claimId, request.draft());
        return Response.status(Response.Status.CREATED).entity(AppearanceView.of(AppearanceItem.of(appearance))).build();
    }
}
