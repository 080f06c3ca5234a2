package io.factdesk.api.staff;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.api.staff.StaffRequests.CreateOrganisationRequest;
import io.factdesk.api.support.Roles;
import io.factdesk.verification.staff.OrganisationSummary;
import io.factdesk.verification.staff.Organisations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** All organisations on this Factdesk, for platform administrators (the identity provider's platform-admin role). */
@Path("/api/v1/organisations")
@Tag(name = "Organisations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class OrganisationResource {

    @Inject
    Organisations organisations;

    @Inject
    CurrentActor actor;

    @GET
    @Operation(summary = "List organisations", description = "Roles: platform-admin.")
    public List<OrganisationSummary> list() {
        return organisations.list(actor.platformAdmin());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an organisation", description = "Roles: platform-admin. Starts with the default "
            + "rating scale and review policies; firstAdmin (a login name or e-mail address, optional) is invited "
            + "as its admin. 409 conflict/slug-taken when the slug is in use.")
    public Response create(@Valid @NotNull CreateOrganisationRequest request) {
        OrganisationSummary created = organisations.create(actor.platformAdmin(), request.name(), request.slug(),
                request.firstAdmin());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }
}
