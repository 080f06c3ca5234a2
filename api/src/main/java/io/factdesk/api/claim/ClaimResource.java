package io.factdesk.api.claim;

import io.factdesk.api.problem.Etags;
import io.factdesk.api.security.CurrentActor;
import io.factdesk.api.support.PageView;
import io.factdesk.api.support.Paging;
import io.factdesk.api.support.Roles;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.ClaimState;
import io.factdesk.verification.claim.ClaimFilter;
import io.factdesk.verification.claim.ClaimService;
import io.factdesk.verification.common.InvalidInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Claims of the caller's organisation. Another organisation's claim answers 404, exactly like a missing one. */
@Path("/api/v1/claims")
@Tag(name = "Claims")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimResource {

    /** Longest search text accepted, in characters (as for the public search). */
    static final int MAX_QUERY = 500;

    @Inject
    ClaimService claims;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    @Operation(summary = "List claims", description = "Roles: reviewer, editor. Filters: state, assignee, q (text or "
            + "claimant contains). Most recently changed first; page (1-based) and size (1..100).")
    public PageView<ClaimView> list(@QueryParam("state") String state, @QueryParam("assignee") String assignee,
            @QueryParam("q") String text, @QueryParam("page") String page, @QueryParam("size") String size) {
        if (text != null && text.length() > MAX_QUERY) {
            throw new InvalidInput("q", "must be at most " + MAX_QUERY + " characters");
        }
        return PageView.of(claims.list(actor.get(), new ClaimFilter(state(state), assignee, text),
                Paging.of(page, size)), ClaimView::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    @Operation(summary = "Create a claim", description = "Roles: reviewer, editor. Creates a SUBMITTED claim, "
            + "optionally with its first appearance. 201 with Location and ETag.")
    public Response create(@Valid @NotNull CreateClaimRequest request, @Context UriInfo uri) {
        Claim claim = claims.create(actor.get(), request.draft());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(claim.id)).build())
                .tag(Etags.of(claim.version())).entity(ClaimView.of(claim)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    @Operation(summary = "Read a claim", description = "Roles: reviewer, editor. The ETag is the claim's version.")
    public Response get(@PathParam("id") long id) {
        Claim claim = claims.get(actor.get(), id);
        return Response.ok(ClaimView.of(claim)).tag(Etags.of(claim.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    @Operation(summary = "Update a claim's wording", description = "Roles: reviewer, editor. Only while SUBMITTED or "
            + "IN_REVIEW (else 409 conflict/not-editable). Send If-Match with the ETag; a stale one gets 412.")
    public Response update(@PathParam("id") long id, @Valid @NotNull UpdateClaimRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Claim claim = claims.update(actor.get(), id, request.edit(), Etags.expected(ifMatch));
        return Response.ok(ClaimView.of(claim)).tag(Etags.of(claim.version())).build();
    }

    static ClaimState state(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ClaimState.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("state", "must be one of SUBMITTED, IN_REVIEW, REVIEWED, RATED, DISMISSED");
        }
    }
}
