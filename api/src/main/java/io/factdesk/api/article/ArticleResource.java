package io.factdesk.api.article;

import io.factdesk.api.article.ArticleRequests.ImportArticleRequest;
import io.factdesk.api.article.ArticleRequests.PromoteRequest;
import io.factdesk.api.article.ArticleViews.ArticleSummary;
import io.factdesk.api.article.ArticleViews.ArticleView;
import io.factdesk.api.claim.ClaimView;
import io.factdesk.api.problem.Etags;
import io.factdesk.api.security.CurrentActor;
import io.factdesk.api.support.PageView;
import io.factdesk.api.support.Paging;
import io.factdesk.api.support.Roles;
import io.factdesk.core.article.Article;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.staff.Actor;
import io.factdesk.verification.article.ArticleService;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Imported articles of the caller's organisation, their sentences, and promoting a sentence to a claim. */
@Path("/api/v1/articles")
@Tag(name = "Articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    @Inject
    ArticleService articles;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    @Operation(summary = "List articles", description = "Roles: reviewer, editor. Newest first, paginated.")
    public PageView<ArticleSummary> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageView.of(articles.list(actor.get(), Paging.of(page, size)), ArticleSummary::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    @Operation(summary = "Import an article", description = "Roles: reviewer, editor. Plain text or HTML (main text "
            + "extracted); split into sentences. 201 with Location.")
    public Response importArticle(@Valid @NotNull ImportArticleRequest request, @Context UriInfo uri) {
        Actor staff = actor.get();
        Article article = articles.importArticle(staff, request.draft());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(article.id)).build())
                .entity(read(staff, article.id)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    @Operation(summary = "Read an article with its sentences", description = "Roles: reviewer, editor.")
    public ArticleView get(@PathParam("id") long id) {
        return read(actor.get(), id);
    }

    @POST
    @Path("{id}/sentences/{sentenceId}/promote")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    @Operation(summary = "Promote a sentence to a claim", description = "Roles: reviewer, editor. Creates a SUBMITTED "
            + "claim with the article as its appearance; 409 conflict/already-promoted the second time. The body is "
            + "optional.")
    public Response promote(@PathParam("id") long id, @PathParam("sentenceId") long sentenceId,
            @Valid PromoteRequest request, @Context UriInfo uri) {
        PromoteRequest body = request == null ? new PromoteRequest(null, null) : request;
        Claim claim = articles.promote(actor.get(), id, sentenceId, body.text(), body.claimant());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/claims").path(Long.toString(claim.id)).build())
                .tag(Etags.of(claim.version())).entity(ClaimView.of(claim)).build();
    }

    private ArticleView read(Actor staff, long id) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Article article = articles.get(staff, id);
            return ArticleView.of(article, articles.sentences(staff, id));
        });
    }
}
