package io.factdesk.api.staff;

import static io.factdesk.api.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The staff and organisation API: problem+json refusals, and the audit trail it leaves. */
@QuarkusTest
class StaffApiTest {

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anAdminInvitesWithdrawsAndSeesItAudited() {
        long id = as("admin").body(Map.of("login", "api-" + unique + "@example.org", "roles", List.of("reviewer")))
                .post("/api/v1/staff/invitations").then().statusCode(201)
                .body("login", equalTo("api-" + unique + "@example.org")).body("roles", equalTo(List.of("reviewer")))
                .extract().jsonPath().getLong("id");
        as("admin").get("/api/v1/staff").then().statusCode(200)
                .body("invitations.login", hasItem("api-" + unique + "@example.org"))
                .body("members.username", hasItems("admin", "editor", "reviewer"));
        as("admin").delete("/api/v1/staff/invitations/" + id).then().statusCode(204);
        as("admin").delete("/api/v1/staff/invitations/" + id).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        as("admin").get("/api/v1/settings/events").then().statusCode(200)
                .body("items.type", hasItems("StaffInvited", "InvitationWithdrawn"));
    }

    @Test
    void refusalsAreProblemDetails() {
        as("admin").body(Map.of("login", "x", "roles", List.of())).post("/api/v1/staff/invitations")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
        as("admin").body(Map.of("login", "no spaces " + unique, "roles", List.of("reviewer")))
                .post("/api/v1/staff/invitations").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        as("admin").body(Map.of("login", "editor", "roles", List.of("reviewer"))).post("/api/v1/staff/invitations")
                .then().statusCode(409).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://factdesk.io/problems/conflict/already-staff"));
        as("admin").body(Map.of("roles", List.of("pope"))).put("/api/v1/staff/1/roles").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        as("admin").delete("/api/v1/staff/999999999").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        as("admin").body(Map.of("name", "Dup", "slug", "factdesk-demo")).post("/api/v1/organisations")
                .then().statusCode(409).body("type", equalTo("https://factdesk.io/problems/conflict/slug-taken"));
        as("admin").body(Map.of("name", "Bad", "slug", "Bad Slug")).post("/api/v1/organisations")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
    }

    @Test
    void theDemoAdminCannotDemoteThemselvesAsTheLastAdmin() {
        long adminId = as("admin").get("/api/v1/staff").then().statusCode(200).extract().jsonPath()
                .getLong("members.find { it.username == 'admin' }.id");
        as("admin").body(Map.of("roles", List.of("reviewer", "editor"))).put("/api/v1/staff/" + adminId + "/roles")
                .then().statusCode(409).body("type", equalTo("https://factdesk.io/problems/conflict/last-admin"));
        as("admin").delete("/api/v1/staff/" + adminId).then().statusCode(409)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void aPlatformAdminCreatesAnOrganisationAndItsInvitedAdminJoinsOnFirstLogin() {
        as("admin").body(Map.of("name", "API Checks " + unique, "slug", "api-" + unique, "firstAdmin",
                "chief-" + unique)).post("/api/v1/organisations").then().statusCode(201)
                .body("slug", equalTo("api-" + unique)).body("invitations", equalTo(1));
        as("admin").get("/api/v1/organisations").then().statusCode(200).body("slug", hasItem("api-" + unique));
        as("chief-" + unique).get("/api/v1/me").then().statusCode(200)
                .body("organisation", equalTo("api-" + unique))
                .body("roles", hasItems("reviewer", "editor", "admin"));
        as("chief-" + unique).get("/api/v1/staff").then().statusCode(200)
                .body("members.username", equalTo(List.of("chief-" + unique)));
        as("chief-" + unique).get("/api/v1/settings/rating-scale").then().statusCode(200)
                .body("code", hasItems("true", "false", "unproven"));
        as("editor").get("/api/v1/organisations").then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }
}
