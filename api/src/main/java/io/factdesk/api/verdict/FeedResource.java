package io.factdesk.api.verdict;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factdesk.api.support.Paging;
import io.factdesk.verification.claimreview.ClaimReviewMapper;
import io.factdesk.verification.publishing.PublishedVerdicts;
import io.factdesk.verification.publishing.VerdictSummary;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A schema.org DataFeed of the most recent verdicts as ClaimReviews, for aggregators. */
@Path("/api/v1/feeds/claimreview")
@Tag(name = "Verdicts")
public class FeedResource {

    @Inject
    PublishedVerdicts verdicts;

    @Inject
    ClaimReviewMapper claimReviews;

    @GET
    @PermitAll
    @Produces({VerdictResource.LD_JSON, MediaType.APPLICATION_JSON})
    @Operation(summary = "ClaimReview feed", description = "Public. A schema.org DataFeed of the latest verdicts "
            + "(size 1..100, default 20), newest first.")
    public Response feed(@QueryParam("size") String size) {
        int limit = Paging.of(null, size).size();
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode feed = json.objectNode();
        feed.put("@context", "https://schema.org");
        feed.put("@type", "DataFeed");
        feed.put("dateModified", verdicts.lastChange().orElse(Instant.now()).toString());
        ArrayNode elements = feed.putArray("dataFeedElement");
        for (VerdictSummary summary : verdicts.feedEntries(limit)) {
            claimReviews.forVerdict(summary.verdictId()).ifPresent(review -> {
                ObjectNode element = elements.addObject();
                element.put("@type", "DataFeedItem");
                element.put("dateCreated", summary.firstPublishedAt().toString());
                element.put("dateModified", summary.updatedAt().toString());
                element.putArray("item").add(review);
            });
        }
        return Response.ok(feed.toString()).type(VerdictResource.LD_JSON).build();
    }
}
