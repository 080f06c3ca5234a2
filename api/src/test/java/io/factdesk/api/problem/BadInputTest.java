package io.factdesk.api.problem;

import static io.factdesk.api.support.Api.anonymous;
import static io.factdesk.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.factdesk.api.support.Fixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input gets a 4xx problem+json with a stable type, never a 500 or a stack trace; refused writes change
 * nothing; hostile text is stored and returned verbatim, as data.
 */
@QuarkusTest
class BadInputTest {

    private static final String PROBLEMS = "https://factdesk.io/problems/";
    private static final String SQL = "'; DROP TABLE claim; --";
    private static final String SCRIPT = "<script>alert(1)</script><img src=x onerror=alert(2)>";

    private static ValidatableResponse problem(ValidatableResponse response, int status, String type) {
        response.statusCode(status).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + type)).body("status", equalTo(status))
                .body("title", not(equalTo(null))).body("instance", not(equalTo(null)));
        assertThat(response.extract().asString()).doesNotContain("at io.", "Exception", "\tat ");
        return response;
    }

    private static long claimCount() {
        return as("editor").queryParam("size", "1").get("/api/v1/claims").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"text\": ", "not json at all", "[1, 2", "{\"text\": \"a\",}"})
    void malformedJsonIsA400AndCreatesNothing(String body) {
        long before = claimCount();
        problem(as("editor").body(body).post("/api/v1/claims").then(), 400, "malformed-request");
        assertThat(claimCount()).isEqualTo(before);
    }

    @Test
    void wrongTypesNameTheField() {
        problem(as("editor").body("{\"text\": \"ok\", \"claimedOn\": \"yesterday\"}").post("/api/v1/claims").then(),
                400, "validation").body("violations.field", hasItem("claimedOn"));
        problem(as("editor").body("{\"text\": [1, 2]}").post("/api/v1/claims").then(), 400, "validation")
                .body("violations.field", hasItem("text"));
        problem(as("admin").body("{\"approvalsRequired\": \"many\", \"panelSize\": 1, \"minEvidence\": 2, "
                + "\"minDistinctPublishers\": 2}").put("/api/v1/settings/policies").then(), 400, "validation")
                .body("violations.field", hasItem("approvalsRequired"));
    }

    @Test
    void unknownEnumValuesAreA400() {
        long claim = new Fixture().claimId();
        problem(as("editor").body(Map.of("url", "https://x.example", "title", "t", "publisher", "p",
                "stance", "MAYBE")).post("/api/v1/claims/{id}/evidence", claim).then(), 400, "validation")
                .body("violations[0].field", equalTo("stance"))
                .body("violations[0].message", containsString("REFUTES"));
        problem(as("editor").body(Map.of("body", "Text.", "format", "PDF")).post("/api/v1/articles").then(),
                400, "validation").body("violations[0].field", equalTo("format"));
        problem(as("editor").queryParam("state", "FINISHED").get("/api/v1/claims").then(), 400, "validation")
                .body("violations[0].field", equalTo("state"));
    }

    @Test
    void missingFieldsAndEmptyBodiesListEveryViolation() {
        problem(as("editor").body("{}").post("/api/v1/claims").then(), 400, "validation")
                .body("violations.field", hasItem("text"));
        problem(as("editor").post("/api/v1/claims").then(), 400, "validation");
        long claim = new Fixture().claimId();
        problem(as("editor").body("{}").post("/api/v1/claims/{id}/evidence", claim).then(), 400, "validation")
                .body("violations.field", hasItem("title")).body("violations.field", hasItem("publisher"));
        problem(as("editor").body(Map.of("title", "t", "publisher", "p")).post("/api/v1/claims/{id}/evidence", claim)
                .then(), 400, "validation").body("violations[0].field", equalTo("url"));
        problem(as("editor").body("{}").post("/api/v1/claims/{id}/transitions/dismiss", claim).then(), 400,
                "validation").body("violations[0].field", equalTo("reason"));
        problem(as("admin").body(Map.of("entries", java.util.List.of(Map.of("code", "BAD CODE", "label", "x",
                "colour", "red")))).put("/api/v1/settings/rating-scale").then(), 400, "validation")
                .body("violations.field", hasItem("entries[0].code")).body("violations.field", hasItem("entries[0].colour"));
    }

    @Test
    void hugeStringsAreA400AndHugeBodiesA413() {
        long before = claimCount();
        problem(as("editor").body(Map.of("text", "x".repeat(2001))).post("/api/v1/claims").then(), 400, "validation")
                .body("violations[0].field", equalTo("text"));
        problem(anonymous().header("X-Forwarded-For", "192.0.2.77").body(Map.of("text", "y".repeat(100_000)))
                .post("/api/v1/tips").then(), 400, "validation");
        byte[] huge = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        problem(as("editor").body(huge).post("/api/v1/claims").then(), 413, "payload-too-large");
        assertThat(claimCount()).isEqualTo(before);
    }

    @Test
    void wrongContentTypesAreA415() {
        problem(as("editor").contentType("text/plain").body("text=hello").post("/api/v1/claims").then(), 415,
                "unsupported-media-type");
        problem(as("editor").contentType("application/x-www-form-urlencoded").body("text=hello")
                .post("/api/v1/claims").then(), 415, "unsupported-media-type");
        problem(as("editor").contentType("application/json").body("{}").post("/api/v1/imports/csv").then(), 415,
                "unsupported-media-type");
    }

    @Test
    void unsupportedMethodsAndMediaTypesAre405And406() {
        problem(as("editor").delete("/api/v1/claims").then(), 405, "method-not-allowed");
        problem(as("editor").accept("application/xml").get("/api/v1/claims").then(), 406, "not-acceptable");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/claims/abc", "/api/v1/claims/-1", "/api/v1/claims/99999999999",
            "/api/v1/claims/1%27%20OR%201=1", "/api/v1/articles/0", "/api/v1/imports/123456789", "/api/v1/nothing-here",
            "/api/v1/claims/999999/evidence"})
    void invalidIdsAndAddressesAreA404(String path) {
        problem(as("editor").get(path).then(), 404, "not-found");
    }

    @Test
    void publicInvalidIdsAreA404Too() {
        problem(anonymous().get("/api/v1/verdicts/abc").then(), 404, "not-found");
        problem(anonymous().get("/api/v1/verdicts/by-slug/no-such-verdict").then(), 404, "not-found");
        problem(anonymous().get("/api/v1/verdicts/424242/claimreview").then(), 404, "not-found");
    }

    @Test
    void badPagingAndDatesNameTheParameter() {
        problem(as("editor").queryParam("size", "1000").get("/api/v1/claims").then(), 400, "validation")
                .body("violations[0].field", equalTo("size"));
        problem(as("editor").queryParam("page", "zero").get("/api/v1/claims").then(), 400, "validation")
                .body("violations[0].field", equalTo("page"));
        problem(anonymous().queryParam("from", "31/12/2024").get("/api/v1/search").then(), 400, "validation")
                .body("violations[0].field", equalTo("from"));
    }

    @Test
    void missingOrBrokenTokensAreA401() {
        problem(anonymous().get("/api/v1/claims").then(), 401, "unauthenticated");
        problem(anonymous().auth().oauth2("not.a.token").get("/api/v1/claims").then(), 401, "unauthenticated");
    }

    static Stream<String> hostileTexts() {
        return Stream.of(SQL, SCRIPT, "\" OR \"1\"=\"1", "Robert'); DELETE FROM workflow_event;--", "{{7*7}} ${7*7}");
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    void hostileTextIsStoredAndReturnedVerbatim(String hostile) {
        var claim = as("editor").body(Map.of("text", hostile, "claimant", hostile, "topics", hostile,
                        "appearance", Map.of("url", "https://x.example/" + hostile.hashCode(), "quote", hostile,
                                "outlet", hostile)))
                .post("/api/v1/claims").then().statusCode(201)
                .body("text", equalTo(hostile)).body("claimant", equalTo(hostile)).body("topics", equalTo(hostile))
                .extract().jsonPath();
        long id = claim.getLong("id");
        as("editor").get("/api/v1/claims/{id}", id).then().body("text", equalTo(hostile));
        as("editor").get("/api/v1/claims/{id}/appearances", id).then()
                .body("[0].quote", equalTo(hostile)).body("[0].outlet", equalTo(hostile));
        as("editor").body(Map.of("citation", hostile, "title", hostile, "publisher", hostile, "note", hostile))
                .post("/api/v1/claims/{id}/evidence", id).then().statusCode(201)
                .body("title", equalTo(hostile)).body("publisher", equalTo(hostile))
                .body("citation", equalTo(hostile)).body("note", equalTo(hostile));
        as("editor").body(Map.of("text", hostile + " (edited)")).put("/api/v1/claims/{id}", id).then()
                .statusCode(200).body("text", equalTo(hostile + " (edited)"));
        as("editor").queryParam("q", hostile).get("/api/v1/claims").then().statusCode(200)
                .body("items.id", hasItem((int) id));
        anonymous().queryParam("q", hostile).queryParam("claimant", hostile).get("/api/v1/search").then()
                .statusCode(200);
        var article = as("editor").body(Map.of("title", hostile, "outlet", hostile, "body",
                "The council said taxes rose 5% in 2023. " + hostile)).post("/api/v1/articles").then()
                .statusCode(201).body("title", equalTo(hostile)).body("outlet", equalTo(hostile)).extract().jsonPath();
        assertThat(article.getString("body")).contains(hostile.strip());
        anonymous().header("X-Forwarded-For", "198.51.100." + (Math.abs(hostile.hashCode()) % 250))
                .body(Map.of("text", hostile, "contact", hostile)).post("/api/v1/tips").then().statusCode(202);
        // The tables are all still there.
        as("editor").get("/api/v1/claims/{id}/events", id).then().statusCode(200)
                .body("type", hasItem("ClaimSubmitted"));
    }

    @Test
    void staleIfMatchIsA412AndChangesNothing() {
        long id = new Fixture().claimId();
        String etag = as("editor").get("/api/v1/claims/{id}", id).then().extract().header("ETag");
        as("editor").header("If-Match", etag).body(Map.of("text", "First edit")).put("/api/v1/claims/{id}", id)
                .then().statusCode(200);
        problem(as("editor").header("If-Match", etag).body(Map.of("text", "Second edit"))
                .put("/api/v1/claims/{id}", id).then(), 412, "stale-version");
        problem(as("editor").header("If-Match", etag).post("/api/v1/claims/{id}/transitions/take", id).then(), 412,
                "stale-version");
        problem(as("editor").header("If-Match", "\"not-a-version\"").body(Map.of("text", "Third"))
                .put("/api/v1/claims/{id}", id).then(), 412, "stale-version");
        as("editor").get("/api/v1/claims/{id}", id).then().body("text", equalTo("First edit"))
                .body("state", equalTo("SUBMITTED"));
    }

    @Test
    void refusedTransitionsNameTheRule() {
        long id = new Fixture().claimId();
        problem(as("editor").post("/api/v1/claims/{id}/transitions/approve", id).then(), 409,
                "transition-refused/wrong-state").body("code", equalTo("wrong-state"));
    }

    @Test
    void tipsOverTheLimitAre429WithRetryAfter() {
        int limit = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("factdesk.tips.rate-limit.max", Integer.class);
        for (int i = 0; i < limit; i++) {
            anonymous().header("X-Forwarded-For", "203.0.113.9").body(Map.of("text", "Tip " + i))
                    .post("/api/v1/tips").then().statusCode(202);
        }
        problem(anonymous().header("X-Forwarded-For", "203.0.113.9").body(Map.of("text", "One too many"))
                .post("/api/v1/tips").then(), 429, "rate-limited").header("Retry-After", not(equalTo(null)));
        anonymous().header("X-Forwarded-For", "203.0.113.10").body(Map.of("text", "Another reader"))
                .post("/api/v1/tips").then().statusCode(202);
    }
}
