package io.factdesk.api.verdict;

import io.factdesk.api.support.Paging;
import io.factdesk.verification.claimreview.ClaimReviewMapper;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.common.PageRequest;
import io.factdesk.verification.publishing.PublishedVerdicts;
import io.factdesk.verification.publishing.ResultPage;
import io.factdesk.verification.publishing.VerdictPage;
import io.factdesk.verification.publishing.VerdictSearch;
import io.factdesk.verification.publishing.VerdictSummary;
import io.factdesk.verification.verdict.VerdictRevisions;
import io.factdesk.verification.verdict.VerdictRevisions.RevisionContent;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Published verdicts of every organisation: public, no token. A verdict's ETag is its current revision (with
 * "-under-review" while it is re-reviewed); If-None-Match answers 304.
 */
@Path("/api/v1/verdicts")
@Tag(name = "Verdicts")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class VerdictResource {

    /** Media type of the ClaimReview documents. */
    public static final String LD_JSON = "application/ld+json";

    @Inject
    PublishedVerdicts verdicts;

    @Inject
    VerdictRevisions revisions;

    @Inject
    ClaimReviewMapper claimReviews;

    @GET
    @PermitAll
    @Operation(summary = "Recent verdicts", description = "Public. Newest first; paginated.")
    public ResultPage<VerdictSummary> recent(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest p = Paging.of(page, size);
        return verdicts.search(new VerdictSearch(null, null, null, null, null, null, p.page(), p.size()));
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "Read a verdict", description = "Public. The current revision with claim, appearances, "
            + "evidence, revisions and corrections. ETag; If-None-Match gives 304.")
    public Response get(@PathParam("id") long id, @Context Request request) {
        return page(revisions.slugOf(id), request);
    }

    @GET
    @Path("by-slug/{slug}")
    @PermitAll
    @Operation(summary = "Read a verdict by its public slug", description = "Public. As GET /api/v1/verdicts/{id}.")
    public Response bySlug(@PathParam("slug") String slug, @Context Request request) {
        return page(slug, request);
    }

    @GET
    @Path("{id}/revisions")
    @PermitAll
    @Operation(summary = "List a verdict's revisions", description = "Public. Every published revision, oldest first.")
    public List<VerdictPage.RevisionView> revisionList(@PathParam("id") long id) {
        return load(revisions.slugOf(id)).revisions();
    }

    @GET
    @Path("{id}/revisions/{revision}")
    @PermitAll
    @Operation(summary = "Read one revision", description = "Public. Old revisions stay readable after corrections.")
    public RevisionContent revision(@PathParam("id") long id, @PathParam("revision") int revision) {
        return revisions.revision(id, revision);
    }

    @GET
    @Path("{id}/corrections")
    @PermitAll
    @Operation(summary = "List a verdict's corrections", description = "Public. What changed, why and when.")
    public List<VerdictPage.CorrectionView> corrections(@PathParam("id") long id) {
        return load(revisions.slugOf(id)).corrections();
    }

    @GET
    @Path("{id}/claimreview")
    @Produces({LD_JSON, MediaType.APPLICATION_JSON})
    @PermitAll
    @Operation(summary = "The verdict as schema.org ClaimReview", description = "Public. JSON-LD.")
    public Response claimReview(@PathParam("id") long id) {
        return Response.ok(claimReviews.forVerdict(id).orElseThrow(() -> new NotFound("verdict", id)).toString())
                .type(LD_JSON).build();
    }

    private Response page(String slug, Request request) {
        VerdictPage page = load(slug);
        EntityTag tag = new EntityTag(page.verdict().revision() + (page.verdict().underReview() ? "-under-review" : ""));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return notModified != null ? notModified.build() : Response.ok(page).tag(tag).build();
    }

    private VerdictPage load(String slug) {
        return verdicts.bySlug(slug).orElseThrow(() -> new NotFound("verdict", slug));
    }
}
