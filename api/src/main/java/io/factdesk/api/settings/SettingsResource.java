package io.factdesk.api.settings;

import io.factdesk.api.problem.Etags;
import io.factdesk.api.security.CurrentActor;
import io.factdesk.api.settings.SettingsRequests.PoliciesRequest;
import io.factdesk.api.settings.SettingsRequests.ProfileRequest;
import io.factdesk.api.settings.SettingsRequests.RatingScaleRequest;
import io.factdesk.api.support.Roles;
import io.factdesk.core.staff.Actor;
import io.factdesk.verification.settings.OrganisationSettings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's organisation's rating scale, review policies and profile. Staff read them; admins change them.
 * Policies and profile carry the organisation's version as ETag; send it back in If-Match.
 */
@Path("/api/v1/settings")
@Tag(name = "Settings")
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {

    @Inject
    OrganisationSettings settings;

    @Inject
    CurrentActor actor;

    @GET
    @Path("rating-scale")
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Read the rating scale", description = "Roles: reviewer, editor, admin.")
    public List<RatingView> scale() {
        return settings.scale(actor.get()).stream().map(RatingView::of).toList();
    }

    @PUT
    @Path("rating-scale")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace the rating scale", description = "Roles: admin. Entries matched by code; list order "
            + "is display order. Removing a code a review or verdict uses is 409 conflict/rating-in-use.")
    public List<RatingView> replaceScale(@Valid @NotNull RatingScaleRequest request) {
        return settings.replaceScale(actor.get(), request.toEntries()).stream().map(RatingView::of).toList();
    }

    @GET
    @Path("policies")
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Read the review policies", description = "Roles: reviewer, editor, admin. ETag: the "
            + "organisation's version.")
    public Response policies() {
        Actor staff = actor.get();
        return Response.ok(settings.policies(staff)).tag(Etags.of(settings.version(staff))).build();
    }

    @PUT
    @Path("policies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change the review policies", description = "Roles: admin. k-of-n approvals, minimum evidence "
            + "and distinct publishers. Optional If-Match (412 when stale).")
    public Response changePolicies(@Valid @NotNull PoliciesRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Actor staff = actor.get();
        long version = settings.changePolicies(staff, request.policies(), Etags.expected(ifMatch));
        return Response.ok(settings.policies(staff)).tag(Etags.of(version)).build();
    }

    @GET
    @Path("profile")
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Read the organisation profile", description = "Roles: reviewer, editor, admin. Name, URL, "
            + "description and methodology text. ETag: the organisation's version.")
    public Response profile() {
        Actor staff = actor.get();
        return Response.ok(settings.profile(staff)).tag(Etags.of(settings.version(staff))).build();
    }

    @PUT
    @Path("profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change the organisation profile", description = "Roles: admin. Optional If-Match (412 when "
            + "stale).")
    public Response changeProfile(@Valid @NotNull ProfileRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Actor staff = actor.get();
        long version = settings.changeProfile(staff, request.profile(), Etags.expected(ifMatch));
        return Response.ok(settings.profile(staff)).tag(Etags.of(version)).build();
    }
}
