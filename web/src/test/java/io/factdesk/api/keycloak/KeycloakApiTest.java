package io.factdesk.api.keycloak;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The API behind a real Keycloak 26 with the realm kept in the repository: realm roles, the organisation user
 * attribute mapped into the access token, and the password grant of a confidential client.
 */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class KeycloakApiTest {

    /** The desk's idle time: the realm's refresh tokens must live at least this long. */
    @ConfigProperty(name = "factdesk.session.idle-timeout")
    Duration idleTimeout;

    private static RequestSpecification as(String username) {
        String token = given().formParam("grant_type", "password").formParam("username", username)
                .formParam("password", username).formParam("client_id", KeycloakServer.CLIENT_ID)
                .formParam("client_secret", KeycloakServer.CLIENT_SECRET)
                .post(KeycloakServer.realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        return given().auth().oauth2(token).contentType(ContentType.JSON).redirects().follow(false);
    }

    @Test
    void realmRolesAndTheOrganisationClaimReachTheApi() {
        as("editor").get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("editor")).body("organisation", equalTo("factdesk-demo"))
                .body("roles", hasItems("editor", "reviewer"));
        // kc-reviewer is in no membership table: the organisation comes only from the token claim.
        as("kc-reviewer").get("/api/v1/me").then().statusCode(200)
                .body("organisation", equalTo("factdesk-demo")).body("roles", equalTo(java.util.List.of("reviewer")));
        as("outsider").get("/api/v1/me").then().statusCode(200).body("organisation", equalTo("northern-checks"));
    }

    @Test
    void rolesAndOrganisationsAreEnforcedWithKeycloakTokens() {
        long claim = as("kc-reviewer").body(Map.of("text", "Keycloak-checked claim")).post("/api/v1/claims")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as("kc-reviewer").post("/api/v1/claims/{id}/transitions/approve", claim).then().statusCode(403)
                .contentType("application/problem+json");
        as("kc-reviewer").put("/api/v1/settings/policies").then().statusCode(403);
        as("outsider").get("/api/v1/claims/{id}", claim).then().statusCode(404)
                .contentType("application/problem+json");
        as("editor").post("/api/v1/claims/{id}/transitions/take", claim).then().statusCode(200)
                .body("assignee", equalTo("editor"));
        as("admin").get("/api/v1/settings/policies").then().statusCode(200).body("approvalsRequired", equalTo(1));
    }

    @Test
    void aTokenIssuedToAnotherClientOfTheRealmIsRefused() {
        String foreign = given().formParam("grant_type", "password").formParam("username", "editor")
                .formParam("password", "editor").formParam("client_id", "newsletter")
                .post(KeycloakServer.realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(foreign).get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://factdesk.io/problems/unauthenticated"));
        given().auth().oauth2(foreign).get("/api/v1/claims").then().statusCode(401);
    }

    @Test
    void refreshTokensOutliveTheDesksIdleTimeAndRenewTheIdToken() {
        JsonPath tokens = given().formParam("grant_type", "password").formParam("username", "reviewer")
                .formParam("password", "reviewer").formParam("scope", "openid")
                .formParam("client_id", KeycloakServer.CLIENT_ID).formParam("client_secret", KeycloakServer.CLIENT_SECRET)
                .post(KeycloakServer.realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().jsonPath();
        assertThat(Duration.ofSeconds(tokens.getLong("refresh_expires_in"))).isGreaterThanOrEqualTo(idleTimeout);
        String renewed = given().formParam("grant_type", "refresh_token")
                .formParam("refresh_token", tokens.getString("refresh_token"))
                .formParam("client_id", KeycloakServer.CLIENT_ID).formParam("client_secret", KeycloakServer.CLIENT_SECRET)
                .post(KeycloakServer.realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("id_token");
        assertThat(renewed).isNotBlank();
    }

    @Test
    void missingAndForeignTokensAreRefused() {
        given().get("/api/v1/claims").then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://factdesk.io/problems/unauthenticated"));
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").get("/api/v1/claims")
                .then().statusCode(401).contentType("application/problem+json");
        given().get("/api/v1/verdicts").then().statusCode(200);
    }
}
