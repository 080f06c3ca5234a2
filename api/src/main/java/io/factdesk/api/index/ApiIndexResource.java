package io.factdesk.api.index;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The API's front door: where each resource lives, who may use it, and where the full description is. */
@Path("/api/v1")
@Tag(name = "Index")
@PermitAll
public class ApiIndexResource {

    public record Link(String rel, String href, String title, String access) {
    }

    public record ApiIndex(String name, String version, String openapi, String documentation, List<Link> links) {
    }

    private static final String STAFF = "staff (bearer token)";
    private static final String PUBLIC = "public";

    private static final ApiIndex INDEX = new ApiIndex("Factdesk API", "1", "/q/openapi",
            "docs/api.md", List.of(
                    new Link("me", "/api/v1/me", "The calling staff member", STAFF),
                    new Link("claims", "/api/v1/claims", "Claims: create, list, read, update", STAFF),
                    new Link("queues", "/api/v1/desk/queues", "Desk queues with counts", STAFF),
                    new Link("articles", "/api/v1/articles", "Imported articles with sentence scores and flags", STAFF),
                    new Link("matches", "/api/v1/matches", "Earlier checks of a text (pre-check before a claim)", STAFF),
                    new Link("imports", "/api/v1/imports", "Bulk import of ClaimReview JSON and CSV", STAFF),
                    new Link("rating-scale", "/api/v1/settings/rating-scale", "The organisation's rating scale", STAFF),
                    new Link("policies", "/api/v1/settings/policies", "Approval and evidence policies", STAFF),
                    new Link("profile", "/api/v1/settings/profile", "The organisation's public profile", STAFF),
                    new Link("webhooks", "/api/v1/webhooks", "Signed notifications of published verdicts", STAFF),
                    new Link("verdicts", "/api/v1/verdicts", "Published verdicts, revisions and corrections", PUBLIC),
                    new Link("search", "/api/v1/search", "Search of published verdicts", PUBLIC),
                    new Link("claimreview-feed", "/api/v1/feeds/claimreview", "schema.org ClaimReview feed", PUBLIC),
                    new Link("tips", "/api/v1/tips", "Send a claim to check", PUBLIC)));

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Index of the API", description = "Roles: anyone. Links to each resource and the OpenAPI document.")
    public ApiIndex index() {
        return INDEX;
    }
}
