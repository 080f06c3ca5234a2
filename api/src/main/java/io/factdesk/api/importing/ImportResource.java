package io.factdesk.api.importing;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.api.support.PageView;
import io.factdesk.api.support.Paging;
import io.factdesk.api.support.Roles;
import io.factdesk.core.importing.ImportJob;
import io.factdesk.verification.importing.ImportService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
 * Bulk import of fact-checks published elsewhere. An editor uploads: 202 with the job's Location at once, the job
 * AWAITING_APPROVAL and nothing published; an admin other than the uploader approves (or refuses) it, then poll the
 * job for its counts and read the per-row report when it is DONE. Re-importing the same file imports nothing twice.
 */
@Path("/api/v1/imports")
@Tag(name = "Imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    @Inject
    ImportService imports;

    @Inject
    CurrentActor actor;

    @POST
    @Path("claimreview")
    @Consumes({MediaType.APPLICATION_JSON, "application/ld+json"})
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Import ClaimReview JSON", description = "Roles: editor. A ClaimReview, an array of them, an "
            + "@graph or a DataFeed. 202 with the job, AWAITING_APPROVAL by an admin; 400 when the file cannot be read "
            + "at all. publisher: who first published them, for reviews without an author.")
    public Response importClaimReview(String content, @QueryParam("publisher") String publisher,
            @Context UriInfo uri) {
        return started(imports.start(actor.get(), ImportJob.Format.CLAIMREVIEW_JSON, content, publisher), uri);
    }

    @POST
    @Path("csv")
    @Consumes("text/csv")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Import CSV", description = "Roles: editor. Header line required; columns claim and rating, "
            + "optional url, claimant, claim_date, rating_value, best_rating, worst_rating, published, headline, "
            + "summary, appearance_url, publisher. 202 with the job, AWAITING_APPROVAL by an admin. publisher: who "
            + "first published them, for rows without a publisher column.")
    public Response importCsv(String content, @QueryParam("publisher") String publisher, @Context UriInfo uri) {
        return started(imports.start(actor.get(), ImportJob.Format.CSV, content, publisher), uri);
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Approve an import", description = "Roles: admin, not the uploader (409 conflict/four-eyes). "
            + "The waiting job starts publishing its rows; 409 conflict/import-decided when it is not waiting.")
    public ImportJobView approve(@PathParam("id") long id) {
        return ImportJobView.of(imports.approve(actor.get(), id));
    }

    @POST
    @Path("{id}/refuse")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Refuse an import", description = "Roles: admin, not the uploader. Nothing is published.")
    public ImportJobView refuse(@PathParam("id") long id) {
        return ImportJobView.of(imports.refuse(actor.get(), id));
    }

    @GET
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "List import jobs", description = "Roles: editor, admin. Newest first; paginated.")
    public PageView<ImportJobView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageView.of(imports.list(actor.get(), Paging.of(page, size)), ImportJobView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Read an import job", description = "Roles: editor, admin. Status and counts, updated while "
            + "it runs.")
    public ImportJobView get(@PathParam("id") long id) {
        return ImportJobView.of(imports.get(actor.get(), id));
    }

    @GET
    @Path("{id}/rows")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Read an import job's report", description = "Roles: editor. One line per input row: "
            + "IMPORTED with its claim, or SKIPPED with the reason; paginated.")
    public PageView<ImportJobView.RowView> rows(@PathParam("id") long id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return PageView.of(imports.report(actor.get(), id, Paging.of(page, size)), ImportJobView.RowView::of);
    }

    private static Response started(ImportJob job, UriInfo uri) {
        return Response.accepted(ImportJobView.of(job))
                .location(uri.getBaseUriBuilder().path("api/v1/imports").path(Long.toString(job.id)).build()).build();
    }
}
