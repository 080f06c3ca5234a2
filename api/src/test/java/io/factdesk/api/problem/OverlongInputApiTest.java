package io.factdesk.api.problem;

import static io.factdesk.api.support.Api.anonymous;
import static io.factdesk.api.support.Api.as;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Over-long API input is a 400 validation problem naming the field, answered before any pattern runs. */
@QuarkusTest
class OverlongInputApiTest {

    private static final Duration QUICKLY = Duration.ofSeconds(2);

    private static void refused(ValidatableResponse response, String field) {
        response.statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://factdesk.io/problems/validation"));
        String body = response.extract().asString();
        org.assertj.core.api.Assertions.assertThat(body).contains(field);
    }

    @Test
    void aTipWithA40000CharacterContactIsA400Problem() {
        String contact = "a@" + "a.".repeat(19_998) + "a@"; // 40,000 characters
        assertTimeoutPreemptively(QUICKLY, () -> anonymous()
                .body(Map.of("text", "The mayor said crime fell by half.", "contact", contact))
                .post("/api/v1/tips").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("contact")));
    }

    @Test
    void overlongMatchTextAndSearchQueriesAre400Problems() {
        RequestSpecification reviewer = as("reviewer"); // the token is fetched here, outside the timed part
        RequestSpecification editor = as("editor");
        assertTimeoutPreemptively(QUICKLY, () -> {
            // A query string this long is already refused by the HTTP layer (414, request line over 4 KB).
            reviewer.queryParam("text", "\"a ".repeat(2_000)).get("/api/v1/matches").then()
                    .statusCode(anyOf(equalTo(400), equalTo(414)));
            refused(anonymous().queryParam("q", "a".repeat(501)).get("/api/v1/search").then(), "q");
            refused(anonymous().queryParam("claimant", "a".repeat(501)).get("/api/v1/search").then(), "claimant");
            refused(editor.queryParam("q", "a".repeat(501)).get("/api/v1/claims").then(), "q");
        });
    }

    @Test
    void anOverlongArticleBodyIsA400Problem() {
        refused(as("reviewer").body(Map.of("body", "\"a ".repeat(170_000))).post("/api/v1/articles").then(), "body");
    }
}
