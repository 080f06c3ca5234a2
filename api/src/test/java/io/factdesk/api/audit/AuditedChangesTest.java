package io.factdesk.api.audit;

import static io.factdesk.api.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.factdesk.api.support.Fixture;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Admin changes land in the organisation's audit trail (admins read it at /api/v1/settings/events) and match
 * decisions in the claim's own trail, each with who made it.
 */
@QuarkusTest
class AuditedChangesTest {

    private static void latestEventIs(String type, String note) {
        as("admin").get("/api/v1/settings/events?size=1").then().statusCode(200)
                .body("items[0].type", equalTo(type)).body("items[0].actor", equalTo("admin"))
                .body("items[0].note", startsWith(note));
    }

    @Test
    void policyChangesAreAudited() {
        as("admin").body(Map.of("approvalsRequired", 1, "panelSize", 2, "minEvidence", 2,
                "minDistinctPublishers", 2)).put("/api/v1/settings/policies").then().statusCode(200);
        latestEventIs("PoliciesChanged", "approvals required 1 of a panel of 2");
        as("admin").body(Map.of("approvalsRequired", 1, "panelSize", 1, "minEvidence", 2,
                "minDistinctPublishers", 2)).put("/api/v1/settings/policies").then().statusCode(200);
    }

    @Test
    void ratingScaleAndProfileChangesAreAudited() {
        as("admin").body(Fixture.currentScale(null)).put("/api/v1/settings/rating-scale").then().statusCode(200);
        latestEventIs("RatingScaleChanged", "codes: ");
        String name = as("admin").get("/api/v1/settings/profile").then().statusCode(200).extract().path("name");
        as("admin").body(Map.of("name", name)).put("/api/v1/settings/profile").then().statusCode(200);
        latestEventIs("ProfileChanged", "name: " + name);
    }

    @Test
    void webhooksAddedAndRemovedAreAudited() {
        Fixture f = new Fixture();
        long id = f.webhookId();
        latestEventIs("WebhookAdded", "https://hooks.example/");
        as("admin").delete("/api/v1/webhooks/{id}", id).then().statusCode(204);
        latestEventIs("WebhookRemoved", "https://hooks.example/");
    }

    @Test
    void onlyAdminsReadTheOrganisationTrail() {
        as("editor").get("/api/v1/settings/events").then().statusCode(403);
        as("outsider").get("/api/v1/settings/events").then().statusCode(403);
    }

    @Test
    void matchDecisionsAreInTheClaimTrail() {
        long earlier = as("reviewer").body(Map.of("text", "The port handled 3 million containers in 2023."))
                .post("/api/v1/claims").then().statusCode(201).extract().jsonPath().getLong("id");
        long later = as("reviewer").body(Map.of("text", "In 2023 the port handled three million containers."))
                .post("/api/v1/claims").then().statusCode(201).extract().jsonPath().getLong("id");
        as("reviewer").body(Map.of("note", "Same figure")).post("/api/v1/claims/{id}/matches/{m}/confirm", later,
                earlier).then().statusCode(200);
        as("editor").body(Map.of("note", "Different port")).post("/api/v1/claims/{id}/matches/{m}/reject", later,
                earlier).then().statusCode(200);
        as("reviewer").get("/api/v1/claims/{id}/events", later).then().statusCode(200)
                .body("type", hasItems("MatchConfirmed", "MatchRejected"))
                .body("find { it.type == 'MatchConfirmed' }.actor", equalTo("reviewer"))
                .body("find { it.type == 'MatchConfirmed' }.note", equalTo("claim " + earlier + ": Same figure"))
                .body("find { it.type == 'MatchRejected' }.actor", equalTo("editor"));
    }
}
