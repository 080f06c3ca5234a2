package io.factdesk.api.staff;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.api.staff.StaffRequests.InviteRequest;
import io.factdesk.api.staff.StaffRequests.RolesRequest;
import io.factdesk.api.support.Roles;
import io.factdesk.verification.staff.StaffAdministration;
import io.factdesk.verification.staff.StaffList;
import io.factdesk.verification.staff.StaffMember;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's organisation's staff: members and open invitations. Admins only; every change is in the settings
 * audit trail (/api/v1/settings/events).
 */
@Path("/api/v1/staff")
@Tag(name = "Staff")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class StaffResource {

    @Inject
    StaffAdministration staff;

    @Inject
    CurrentActor actor;

    @GET
    @Operation(summary = "List staff and open invitations", description = "Roles: admin. A member with "
            + "managed false has the roles the identity provider gives them; otherwise the roles listed.")
    public StaffList list() {
        return staff.list(actor.get());
    }

    @POST
    @Path("invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite a login name or e-mail address", description = "Roles: admin. The invitation "
            + "becomes a membership with these roles when a user whose login name (preferred_username) or e-mail "
            + "address matches logs in for the first time. 409 conflict/already-staff or conflict/already-invited.")
    public Response invite(@Valid @NotNull InviteRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(staff.invite(actor.get(), request.login(), request.roles())).build();
    }

    @DELETE
    @Path("invitations/{id}")
    @Operation(summary = "Withdraw an open invitation", description = "Roles: admin.")
    public Response withdraw(@PathParam("id") long id) {
        staff.withdraw(actor.get(), id);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a member's roles", description = "Roles: admin. From then on Factdesk manages the "
            + "member's roles (they replace the token's). 409 conflict/last-admin when this would leave the "
            + "organisation without an admin.")
    public StaffMember changeRoles(@PathParam("id") long id, @Valid @NotNull RolesRequest request) {
        return staff.changeRoles(actor.get(), id, request.roles());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a member from the staff", description = "Roles: admin. 409 conflict/last-admin "
            + "for the organisation's last admin.")
    public Response remove(@PathParam("id") long id) {
        staff.remove(actor.get(), id);
        return Response.noContent().build();
    }
}
