package io.factdesk.api.importing;

import static io.factdesk.api.support.Api.anonymous;
import static io.factdesk.api.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;

import io.factdesk.api.support.Fixture;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Bulk import of existing fact-checks: an editor's upload waits for an admin's approval, then per-row report,
 * published verdicts marked as the original publisher's, idempotent re-import.
 */
@QuarkusTest
class ImportApiTest {

    @Test
    void csvRowsAreImportedOrSkippedWithAReasonAndReimportAddsNothing() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String csv = "url,claim,claimant,claim_date,rating,headline,summary\n"
                + "https://checks.example/" + run + "/1,\"Tea cures colds, says " + run + "\",A blogger,2024-01-05,"
                + "False,Tea does not cure colds,No trial shows it.\n"
                + "https://checks.example/" + run + "/2,Bananas are blue " + run + ",,2024-01-06,Purple,,\n"
                + "https://checks.example/" + run + "/3,,,2024-01-07,True,,\n"
                + "https://checks.example/" + run + "/4,The moon is near " + run + ",,not-a-date,True,,\n";
        long job = as("editor").contentType("text/csv").body(csv).queryParam("publisher", "Tea Facts " + run)
                .post("/api/v1/imports/csv")
                .then().statusCode(202).header("Location", containsString("/api/v1/imports/"))
                .body("totalRows", equalTo(4)).body("status", equalTo("AWAITING_APPROVAL"))
                .extract().jsonPath().getLong("id");
        Fixture.approveImport(job);
        Fixture.awaitDone(job);
        as("editor").get("/api/v1/imports/{id}", job).then().body("decidedBy", equalTo("admin"));
        as("editor").get("/api/v1/imports/{id}", job).then().statusCode(200).body("status", equalTo("DONE"))
                .body("processedRows", equalTo(4)).body("importedRows", equalTo(1)).body("skippedRows", equalTo(3));
        as("editor").get("/api/v1/imports/{id}/rows", job).then().statusCode(200)
                .body("items.row", contains(1, 2, 3, 4))
                .body("items.outcome", contains("IMPORTED", "SKIPPED", "SKIPPED", "SKIPPED"))
                .body("items[1].reason", containsString("Purple"))
                .body("items[2].reason", containsString("claim text"))
                .body("items[3].reason", containsString("not a date"));
        long verdictId = anonymous().queryParam("q", "tea cures colds " + run).get("/api/v1/search").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].ratingCode", equalTo("false"))
                .body("items[0].headline", equalTo("Tea does not cure colds"))
                .extract().jsonPath().getLong("items[0].verdictId");
        anonymous().get("/api/v1/verdicts/{id}", verdictId).then().statusCode(200)
                .body("importedFrom", equalTo("Tea Facts " + run));
        anonymous().get("/api/v1/verdicts/{id}/claimreview", verdictId).then().statusCode(200)
                .body("author.name", equalTo("Tea Facts " + run));

        long again = Fixture.imported("editor", "csv", "text/csv", csv);
        as("editor").get("/api/v1/imports/{id}", again).then().body("importedRows", equalTo(0))
                .body("skippedRows", equalTo(4));
        as("editor").get("/api/v1/imports/{id}/rows", again).then()
                .body("items[0].reason", startsWith("already imported"));
    }

    @Test
    void claimReviewFeedsMapNumericRatingsOntoTheScale() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String feed = """
                {"@context": "https://schema.org", "@type": "DataFeed", "dataFeedElement": [
                  {"@type": "DataFeedItem", "item": [{"@type": "ClaimReview", "url": "https://feed.example/%1$s/a",
                    "claimReviewed": "Rivers flow uphill %1$s", "datePublished": "2023-06-01T10:00:00Z",
                    "author": {"@type": "Organization", "name": "River Checkers %1$s"},
                    "reviewRating": {"@type": "Rating", "ratingValue": 2, "bestRating": 5, "worstRating": 1,
                                     "alternateName": "Nonsense"},
                    "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Ann Example"},
                                     "appearance": [{"@type": "CreativeWork", "url": "https://seen.example/%1$s"}]}}]},
                  {"@type": "DataFeedItem", "item": [{"@type": "NewsArticle", "url": "https://feed.example/%1$s/b"}]}
                ]}""".formatted(run);
        long job = Fixture.imported("editor2", "claimreview", "application/ld+json", feed);
        as("admin").get("/api/v1/imports/{id}/rows", job).then()
                .body("items.outcome", contains("IMPORTED", "SKIPPED"))
                .body("items[1].reason", containsString("not ClaimReview"));
        var verdict = anonymous().queryParam("q", "rivers flow uphill " + run).get("/api/v1/search").then()
                .statusCode(200).body("items[0].ratingCode", equalTo("false")).extract().jsonPath();
        anonymous().get("/api/v1/verdicts/{id}/claimreview", verdict.getLong("items[0].verdictId")).then()
                .statusCode(200).body("itemReviewed.author.name", equalTo("Ann Example"))
                .body("author.name", equalTo("River Checkers " + run));
    }

    @Test
    void anEditorsImportPublishesNothingUntilAnAdminOtherThanTheUploaderApprovesIt() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String csv = "claim,rating\nPigs fly over " + run + " on Sundays,False\n";
        long job = as("editor").contentType("text/csv").body(csv).post("/api/v1/imports/csv")
                .then().statusCode(202).body("status", equalTo("AWAITING_APPROVAL")).extract().jsonPath().getLong("id");
        long byAdmin = as("admin").contentType("text/csv").body(csv).post("/api/v1/imports/csv")
                .then().statusCode(202).extract().jsonPath().getLong("id");

        as("editor").post("/api/v1/imports/{id}/approve", job).then().statusCode(403);
        as("admin").post("/api/v1/imports/{id}/approve", byAdmin).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("another admin"));
        anonymous().queryParam("q", "pigs fly " + run).get("/api/v1/search").then().statusCode(200)
                .body("total", equalTo(0));
        as("editor").get("/api/v1/imports/{id}/rows", job).then().statusCode(200).body("total", equalTo(0));

        as("admin").post("/api/v1/imports/{id}/refuse", byAdmin).then().statusCode(409);
        Fixture.approveImport(job);
        Fixture.awaitDone(job);
        as("admin").post("/api/v1/imports/{id}/approve", job).then().statusCode(409);
        long verdictId = anonymous().queryParam("q", "pigs fly " + run).get("/api/v1/search").then()
                .statusCode(200).body("total", equalTo(1)).extract().jsonPath().getLong("items[0].verdictId");
        anonymous().get("/api/v1/verdicts/{id}", verdictId).then().statusCode(200)
                .body("importedFrom", equalTo("Factdesk Demo Desk"));
    }

    @Test
    void unreadableFilesAreRefusedAtOnce() {
        as("editor").contentType("application/json").body("{\"not\": ").post("/api/v1/imports/claimreview")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("content"));
        as("editor").contentType("text/csv").body("headline,summary\nx,y\n").post("/api/v1/imports/csv")
                .then().statusCode(400).body("violations[0].message", containsString("claim and rating"));
        as("editor").get("/api/v1/imports").then().statusCode(200).body("items.status", everyItem(
                org.hamcrest.Matchers.not(equalTo("RUNNING"))));
    }
}
