package io.factdesk.api.matching;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.api.support.PageView;
import io.factdesk.api.support.Paging;
import io.factdesk.api.support.Roles;
import io.factdesk.core.claim.EmbeddingBackfill;
import io.factdesk.verification.matching.EmbeddingBackfills;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Re-embedding the organisation's claims for claim matching, after a model change or for claims stored before
 * embeddings existed. Starting answers 202 with the job's Location; poll it for its counts.
 */
@Path("/api/v1/embedding-backfills")
@Tag(name = "Claim matching")
@Produces(MediaType.APPLICATION_JSON)
public class EmbeddingBackfillResource {

    @Inject
    EmbeddingBackfills backfills;

    @Inject
    CurrentActor actor;

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Start re-embedding", description = "Roles: editor. Re-embeds the organisation's claims "
            + "whose embedding is missing or made by another model; 202 with the job and its total.")
    public Response start(@Context UriInfo uri) {
        EmbeddingBackfill job = backfills.start(actor.get());
        return Response.accepted(EmbeddingBackfillView.of(job))
                .location(uri.getBaseUriBuilder().path("api/v1/embedding-backfills").path(Long.toString(job.id))
                        .build()).build();
    }

    @GET
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "List re-embedding jobs", description = "Roles: editor. Newest first; paginated.")
    public PageView<EmbeddingBackfillView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageView.of(backfills.list(actor.get(), Paging.of(page, size)), EmbeddingBackfillView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Read a re-embedding job", description = "Roles: editor. Status and counts, updated while "
            + "it runs. Another organisation's job answers 404.")
    public EmbeddingBackfillView get(@PathParam("id") long id) {
        return EmbeddingBackfillView.of(backfills.get(actor.get(), id));
    }
}
