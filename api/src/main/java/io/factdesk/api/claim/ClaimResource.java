package io.factdesk.api.claim;

import io.factdesk.api.problem.Etags;
import io.factdesk.api.security.CurrentActor;
import io.factdesk.api.support.PageView;
import io.factdesk.api.support.Paging;
import io.factdesk.api.support.Roles;
import io.factdesk.core.claim.Claim;
import io.factdesk.verification.claim.ClaimService;
import io.factdesk.verification.claimview.ClaimViews;
import io.factdesk.verification.claimview.ClaimWithActions;
import io.factdesk.verification.finding.ClaimQuery;
import io.factdesk.verification.finding.ClaimSearch;
import io.factdesk.verification.workflow.ReviewWorkflow;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Claims of the caller's organisation. Another organisation's claim answers 404, exactly like a missing one. */
@Path("/api/v1/claims")
@Tag(name = "Claims")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimResource {

    @Inject
    ClaimService claims;

    @Inject
    ClaimSearch search;

    @Inject
    ReviewWorkflow workflow;

    @Inject
    ClaimViews views;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    @Operation(summary = "List and search claims", description = "Roles: reviewer, editor. Every claim of the "
            + "caller's organisation in any state (published and dismissed too). Filters, all optional: q (full-text "
            + "words in the claim or claimant), claimant (part of the name), state, assignee (login name), rating "
            + "(rating code of the published verdict), from and to (yyyy-mm-dd, the day the claim came in, UTC), tag. "
            + "sort: newest (default), oldest, updated, relevance (default when q is given). page (1-based) and "
            + "size (1..100).")
    public PageView<ClaimView> list(@QueryParam("q") String text, @QueryParam("claimant") String claimant,
            @QueryParam("state") String state, @QueryParam("assignee") String assignee,
            @QueryParam("rating") String rating, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("tag") String tag, @QueryParam("sort") String sort, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        ClaimQuery query = ClaimQuery.parse(text, claimant, state, assignee, rating, from, to, tag, sort);
        return PageView.of(search.search(actor.get(), query, Paging.of(page, size)), row -> ClaimView.of(row.claim()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    @Operation(summary = "Create a claim", description = "Roles: reviewer, editor. Creates a SUBMITTED claim, "
            + "optionally with its first appearance. 201 with Location and ETag.")
    public Response create(@Valid @NotNull CreateClaimRequest request, @Context UriInfo uri) {
        Claim claim = claims.create(actor.get(), request.draft());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(claim.id)).build())
                .tag(Etags.of(claim.version())).entity(view(claim)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    @Operation(summary = "Read a claim", description = "Roles: reviewer, editor. The ETag is the claim's version; "
            + "allowedActions lists the transitions the caller may make now (the workflow's own answer).")
    public Response get(@PathParam("id") long id) {
        ClaimWithActions read = views.claim(actor.get(), id);
        return Response.ok(ClaimView.of(read)).tag(Etags.of(read.claim().version())).build();
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
        return Response.ok(view(claim)).tag(Etags.of(claim.version())).build();
    }

    /** One claim, with what the caller may do with it now. */
    private ClaimView view(Claim claim) {
        return ClaimView.of(claim, workflow.allowed(actor.get(), claim));
    }
}
