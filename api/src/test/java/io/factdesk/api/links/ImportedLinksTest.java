package io.factdesk.api.links;

import static io.factdesk.api.support.Api.anonymous;
import static io.factdesk.api.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.factdesk.api.support.Fixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Bulk import skips a row whose review or appearance link is not an http(s) address, says why in the row report,
 * and nothing of that row is published (the public page's links: web's ImportedVerdictPagesTest).
 */
@QuarkusTest
class ImportedLinksTest {

    @Test
    void csvRowsWithScriptLinksAreSkippedAndNeverPublished() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String csv = "url,claim,rating,appearance_url\n"
                + "https://checks.example/" + run + "/1,Script appearance " + run + ",False,"
                + "javascript:alert(document.domain)\n"
                + "javascript:alert(2),Script review " + run + ",False,\n"
                + "https://checks.example/" + run + "/3,Data appearance " + run + ",False,\"data:text/html,<b>x</b>\"\n"
                + "https://checks.example/" + run + "/4,Clean links " + run + ",False,HTTPS://Seen.Example/" + run + "\n";
        rowsOf(Fixture.imported("editor", "csv", "text/csv", csv))
                .body("items.outcome", contains("SKIPPED", "SKIPPED", "SKIPPED", "IMPORTED"))
                .body("items[0].reason", equalTo("the appearance URL must start with http:// or https://"))
                .body("items[1].reason", equalTo("the review URL must start with http:// or https://"))
                .body("items[2].reason", containsString("appearance URL"));

        assertNotPublished(run, "script appearance", "script review", "data appearance");
        anonymous().queryParam("q", "clean links " + run).get("/api/v1/search").then().statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void claimReviewItemsWithScriptLinksAreSkipped() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String feed = """
                [{"@type": "ClaimReview", "url": "https://feed.example/%1$s/a", "claimReviewed": "Script seen %1$s",
                  "reviewRating": {"@type": "Rating", "alternateName": "False"},
                  "itemReviewed": {"@type": "Claim", "appearance": [{"@type": "CreativeWork",
                                   "url": " javascript:alert(document.domain)"}]}},
                 {"@type": "ClaimReview", "url": "vbscript:msgbox(1)", "claimReviewed": "Script review %1$s",
                  "reviewRating": {"@type": "Rating", "alternateName": "False"}},
                 {"@type": "ClaimReview", "url": "https://feed.example/%1$s/c", "claimReviewed": "Plain text seen %1$s",
                  "reviewRating": {"@type": "Rating", "alternateName": "False"},
                  "itemReviewed": {"@type": "Claim", "appearance": "//evil.example/%1$s"}}]
                """.formatted(run);
        rowsOf(Fixture.imported("editor", "claimreview", "application/json", feed))
                .body("items.outcome", contains("SKIPPED", "SKIPPED", "SKIPPED"))
                .body("items[0].reason", containsString("appearance URL"))
                .body("items[1].reason", containsString("review URL"))
                .body("items[2].reason", containsString("appearance URL"));
        assertNotPublished(run, "script seen", "script review", "plain text seen");
    }

    private static ValidatableResponse rowsOf(long job) {
        return as("editor").get("/api/v1/imports/{id}/rows", job).then().statusCode(200);
    }

    private static void assertNotPublished(String run, String... claims) {
        for (String claim : claims) {
            anonymous().queryParam("q", claim + " " + run).get("/api/v1/search").then().statusCode(200)
                    .body("total", equalTo(0));
        }
    }
}
