package io.factdesk.api.links;

import static io.factdesk.api.support.Api.anonymous;
import static io.factdesk.api.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every API body that carries a link refuses anything but an absolute http(s) address, naming the field. */
@QuarkusTest
class WebAddressApiTest {

    private static long claim() {
        return as("reviewer").body(Map.of("text", "Links are checked " + UUID.randomUUID())).post("/api/v1/claims")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void refused(ValidatableResponse response, String field) {
        response.statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://factdesk.io/problems/validation"))
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo(field))
                .body("violations[0].message", not(emptyOrNullString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(document.domain)", "JAVASCRIPT:alert(1)", " javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "//evil.example/x", "/verdicts/x",
            "https://"})
    void anAppearanceWithAScriptLinkIsRefused(String url) {
        long claim = claim();
        refused(as("reviewer").body(Map.of("url", url, "quote", "q")).post("/api/v1/claims/{id}/appearances", claim)
                .then(), "url");
        as("reviewer").get("/api/v1/claims/{id}/appearances", claim).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void aNewClaimsFirstAppearanceIsCheckedToo() {
        refused(as("reviewer").body(Map.of("text", "Nested link " + UUID.randomUUID(),
                "appearance", Map.of("url", "javascript:alert(1)"))).post("/api/v1/claims").then(), "appearance.url");
    }

    @Test
    void evidenceWithAScriptLinkIsRefused() {
        long claim = claim();
        refused(as("reviewer").body(Map.of("url", "javascript:alert(1)", "title", "t", "publisher", "p"))
                .post("/api/v1/claims/{id}/evidence", claim).then(), "url");
        as("reviewer").get("/api/v1/claims/{id}/evidence", claim).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void anArticleWithADataLinkIsRefused() {
        refused(as("reviewer").body(Map.of("url", "data:text/html,x", "body", "The mayor said so."))
                .post("/api/v1/articles").then(), "url");
    }

    @Test
    void theOrganisationProfileRefusesAScriptLink() {
        String before = as("admin").get("/api/v1/settings/profile").then().statusCode(200)
                .extract().jsonPath().getString("url");
        refused(as("admin").body(Map.of("name", "Factdesk Demo Desk", "url", "javascript:alert(document.cookie)"))
                .put("/api/v1/settings/profile").then(), "url");
        as("admin").get("/api/v1/settings/profile").then().body("url", equalTo(before));
    }

    @Test
    void aTipRefusesAScriptLink() {
        refused(anonymous().body(Map.of("text", "Check this", "url", "javascript:alert(1)")).post("/api/v1/tips")
                .then(), "url");
    }

    @Test
    void aWebhookRefusesAnythingButHttp() {
        refused(as("admin").body(Map.of("url", "javascript:alert(1)", "events", List.of("verdict.published")))
                .post("/api/v1/webhooks").then(), "url");
        refused(as("admin").body(Map.of("url", "file:///etc/passwd", "events", List.of("verdict.published")))
                .post("/api/v1/webhooks").then(), "url");
    }

    @Test
    void anOverLongLinkIsRefusedWithItsLength() {
        long claim = claim();
        as("reviewer").body(Map.of("url", "https://example.org/" + "a".repeat(2000)))
                .post("/api/v1/claims/{id}/appearances", claim).then().statusCode(400)
                .body("violations.field", contains("url"))
                .body("violations[0].message", equalTo("must be at most 2000 characters"));
    }

    @Test
    void anAcceptedLinkIsStoredNormalised() {
        long claim = claim();
        as("reviewer").body(Map.of("url", "HTTPS://News.Example.ORG/Story?id=7")).post("/api/v1/claims/{id}/appearances", claim)
                .then().statusCode(201).body("url", equalTo("https://news.example.org/Story?id=7"));
    }
}
