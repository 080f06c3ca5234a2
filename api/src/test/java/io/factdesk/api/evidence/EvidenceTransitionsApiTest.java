package io.factdesk.api.evidence;

import static io.factdesk.api.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Adding and removing evidence are workflow transitions: the usual refusal types and audit events, and the claim
 * resource's {@code allowedActions} names them while they are possible.
 */
@QuarkusTest
class EvidenceTransitionsApiTest {

    private static Map<String, Object> source(String publisher) {
        return Map.of("url", "https://" + UUID.randomUUID() + ".example/report", "title", "Figures",
                "publisher", publisher, "stance", "REFUTES");
    }

    @Test
    void evidenceChangesFollowTheWorkflowAndAllowedActionsSaySo() {
        long claimId = as("reviewer").body(Map.of("text", "Imports tripled " + UUID.randomUUID()))
                .post("/api/v1/claims").then().statusCode(201)
                .body("allowedActions", containsInAnyOrder("take", "add-evidence", "remove-evidence"))
                .extract().jsonPath().getLong("id");
        as("reviewer").post("/api/v1/claims/{id}/transitions/take", claimId).then().statusCode(200)
                .body("allowedActions", contains("submit-review", "add-evidence", "remove-evidence"));
        as("editor").get("/api/v1/claims/{id}", claimId).then().statusCode(200)
                .body("allowedActions", contains("assign", "dismiss", "add-evidence", "remove-evidence"));
        as("reviewer").get("/api/v1/claims").then().statusCode(200).body("items[0]", not(hasKey("allowedActions")));

        long first = as("reviewer").body(source("Customs Office")).post("/api/v1/claims/{id}/evidence", claimId)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as("reviewer").body(Map.of("title", "No source", "publisher", "Nobody"))
                .post("/api/v1/claims/{id}/evidence", claimId).then().statusCode(400)
                .body("type", equalTo("https://factdesk.io/problems/validation"));
        as("reviewer").delete("/api/v1/claims/{id}/evidence/{evidenceId}", claimId, first).then().statusCode(204);
        as("reviewer").body(source("Customs Office")).post("/api/v1/claims/{id}/evidence", claimId)
                .then().statusCode(201);
        long kept = as("reviewer").body(source("Trade Ministry")).post("/api/v1/claims/{id}/evidence", claimId)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as("reviewer").body(Map.of("analysis", "Customs data show a rise of a tenth.", "proposedRating", "false"))
                .post("/api/v1/claims/{id}/transitions/submit-review", claimId).then().statusCode(200)
                .body("state", equalTo("REVIEWED")).body("allowedActions", empty());

        as("reviewer").delete("/api/v1/claims/{id}/evidence/{evidenceId}", claimId, kept).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://factdesk.io/problems/transition-refused/wrong-state"))
                .body("code", equalTo("wrong-state"));
        as("reviewer").get("/api/v1/claims/{id}/events", claimId).then().statusCode(200)
                .body("type", hasItem("EvidenceRemoved"));
    }

    @Test
    void theOpenApiDocumentDescribesAllowedActions() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("components.schemas.ClaimView.properties.allowedActions.type", hasItem("array"))
                .body("components.schemas.ClaimView.properties.allowedActions.description",
                        containsString("transitions it would accept"));
    }
}
