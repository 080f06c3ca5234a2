package io.factdesk.api.flow;

import static io.factdesk.api.support.Api.anonymous;
import static io.factdesk.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.factdesk.verification.demo.DemoArticles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The whole life of a claim through the API, on the seed data, as the desk would drive it. */
@QuarkusTest
class ReviewFlowApiTest {

    @Test
    void importPromoteReviewApproveAndReadThePublicVerdict() {
        String text = DemoArticles.read(DemoArticles.FILES.get(0));
        JsonPath article = as("reviewer").body(Map.of("body", text, "outlet", "Seed Wire", "url",
                        "https://news.example/seed-0"))
                .when().post("/api/v1/articles")
                .then().statusCode(201).header("Location", startsWith("http"))
                .extract().jsonPath();
        List<Map<String, Object>> sentences = article.getList("sentences");
        assertThat(sentences).hasSizeGreaterThan(3);
        Map<String, Object> sentence = sentences.stream()
                .max((a, b) -> Double.compare(((Number) a.get("checkWorthiness")).doubleValue(),
                        ((Number) b.get("checkWorthiness")).doubleValue())).orElseThrow();

        JsonPath claim = as("reviewer").body(Map.of("claimant", "A politician"))
                .when().post("/api/v1/articles/{a}/sentences/{s}/promote", article.getLong("id"), sentence.get("id"))
                .then().statusCode(201).body("state", equalTo("SUBMITTED"))
                .extract().jsonPath();
        long claimId = claim.getLong("id");
        as("reviewer").when().get("/api/v1/claims/{id}/appearances", claimId)
                .then().statusCode(200).body("[0].articleId", equalTo(article.getInt("id")))
                .body("[0].quote", equalTo(sentence.get("text")));

        String etag = as("reviewer").when().get("/api/v1/claims/{id}", claimId).then().statusCode(200)
                .extract().header("ETag");
        etag = as("reviewer").header("If-Match", etag).when().post("/api/v1/claims/{id}/transitions/take", claimId)
                .then().statusCode(200).body("state", equalTo("IN_REVIEW")).body("assignee", equalTo("reviewer"))
                .extract().header("ETag");

        as("reviewer").body(Map.of("url", "https://stats.example/report", "title", "Official statistics",
                        "publisher", "Statistics Office", "stance", "REFUTES"))
                .when().post("/api/v1/claims/{id}/evidence", claimId).then().statusCode(201);
        as("reviewer").body(Map.of("citation", "Annual report 2024, p. 12", "title", "Annual report",
                        "publisher", "Audit Court", "stance", "CONTEXT"))
                .when().post("/api/v1/claims/{id}/evidence", claimId).then().statusCode(201);

        // The ETag taken before the evidence was added is stale now: nothing changes.
        as("reviewer").header("If-Match", etag).body(review())
                .when().post("/api/v1/claims/{id}/transitions/submit-review", claimId)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("https://factdesk.io/problems/stale-version"));
        etag = as("reviewer").when().get("/api/v1/claims/{id}", claimId).then().extract().header("ETag");
        as("reviewer").header("If-Match", etag).body(review())
                .when().post("/api/v1/claims/{id}/transitions/submit-review", claimId)
                .then().statusCode(200).body("state", equalTo("REVIEWED"));

        as("editor").when().get("/api/v1/desk/queues/awaiting-my-approval")
                .then().statusCode(200).body("items.id", hasItems((int) claimId));
        as("editor2").when().post("/api/v1/claims/{id}/transitions/approve", claimId)
                .then().statusCode(200).body("state", equalTo("RATED"));

        JsonPath found = anonymous().queryParam("q", "").queryParam("size", "100")
                .when().get("/api/v1/verdicts").then().statusCode(200).extract().jsonPath();
        Map<String, Object> summary = found.<Map<String, Object>>getList("items").stream()
                .filter(item -> sentenceText(item, claim.getString("text"))).findFirst().orElseThrow();
        long verdictId = ((Number) summary.get("verdictId")).longValue();

        anonymous().when().get("/api/v1/verdicts/{id}", verdictId)
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("verdict.ratingCode", equalTo("mostly-false"))
                .body("evidence.publisher", hasItems("Statistics Office", "Audit Court"))
                .body("approvers", contains("Eli Editor"))
                .body(not(containsString("\"editor2\"")));
        anonymous().when().get("/api/v1/verdicts/{id}/revisions/1", verdictId)
                .then().statusCode(200).body("approvers", contains("Eli Editor"))
                .body("claimText", equalTo(claim.getString("text")))
                .body(not(containsString("\"editor2\"")));
        anonymous().header("If-None-Match", "\"1\"").when().get("/api/v1/verdicts/{id}", verdictId)
                .then().statusCode(304);
        anonymous().when().get("/api/v1/verdicts/{id}/claimreview", verdictId)
                .then().statusCode(200).contentType("application/ld+json")
                .body("'@type'", equalTo("ClaimReview"))
                .body("claimReviewed", equalTo(claim.getString("text")))
                .body("reviewRating.alternateName", equalTo("Mostly false"));
        as("reviewer").when().get("/api/v1/claims/{id}/events", claimId)
                .then().statusCode(200).body("type", hasItems("ClaimSubmitted", "ClaimTaken", "ReviewSubmitted"));
    }

    private static boolean sentenceText(Map<String, Object> item, String text) {
        return text.equals(item.get("claimText"));
    }

    private static Map<String, Object> review() {
        return Map.of("analysis", "The statistics office reports the opposite.", "proposedRating", "mostly-false",
                "headline", "Mostly false", "summary", "Official numbers say otherwise.");
    }
}
