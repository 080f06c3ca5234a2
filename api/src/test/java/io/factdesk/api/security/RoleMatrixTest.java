package io.factdesk.api.security;

import static io.factdesk.api.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.api.support.Fixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every API operation × every kind of caller, with the exact status each must get. Operations are discovered from
 * the OpenAPI document, so an operation added without a row here fails the test. Staff of another organisation get
 * 404 for this organisation's drafts (never 403: existence does not leak) and 200 on lists, which show only their
 * own organisation's data.
 */
@QuarkusTest
class RoleMatrixTest {

    private static final String[] CALLERS = {null, "reviewer", "editor", "admin", "outsider"};

    private record Row(Function<Fixture, Object> body, String contentType, int[] expected) {
    }

    private static final Map<String, Row> MATRIX = new LinkedHashMap<>();

    private static void row(String operation, Function<Fixture, Object> body, int anonymous, int reviewer,
            int editor, int admin, int outsider) {
        row(operation, body, "application/json", anonymous, reviewer, editor, admin, outsider);
    }

    private static void row(String operation, Function<Fixture, Object> body, String contentType, int anonymous,
            int reviewer, int editor, int admin, int outsider) {
        MATRIX.put(operation, new Row(body, contentType, new int[] {anonymous, reviewer, editor, admin, outsider}));
    }

    static {
        row("GET /api/v1", null, 200, 200, 200, 200, 200);
        row("GET /api/v1/me", null, 401, 200, 200, 200, 200);
        // Claims and the desk
        row("GET /api/v1/claims", null, 401, 200, 200, 200, 200);
        row("POST /api/v1/claims", f -> Map.of("text", "Matrix claim " + f.unique()), 401, 201, 201, 201, 201);
        row("GET /api/v1/claims/{id}", null, 401, 200, 200, 200, 404);
        row("PUT /api/v1/claims/{id}", f -> Map.of("text", "Reworded " + f.unique()), 401, 200, 200, 200, 404);
        row("GET /api/v1/desk/queues", null, 401, 200, 200, 200, 200);
        row("GET /api/v1/desk/queues/{queue}", null, 401, 200, 200, 200, 200);
        row("GET /api/v1/claims/{claimId}/appearances", null, 401, 200, 200, 200, 404);
        row("POST /api/v1/claims/{claimId}/appearances", f -> Map.of("url", "https://seen.example/" + f.unique()),
                401, 201, 201, 201, 404);
        row("GET /api/v1/claims/{claimId}/evidence", null, 401, 200, 200, 200, 404);
        row("POST /api/v1/claims/{claimId}/evidence", f -> Fixture.evidence("Matrix Publisher"), 401, 201, 201, 201, 404);
        row("DELETE /api/v1/claims/{claimId}/evidence/{evidenceId}", null, 401, 204, 204, 204, 404);
        row("GET /api/v1/claims/{claimId}/reviews", null, 401, 200, 200, 200, 404);
        row("GET /api/v1/claims/{claimId}/events", null, 401, 200, 200, 200, 404);
        // Claim matching
        row("GET /api/v1/claims/{claimId}/matches", null, 401, 200, 200, 200, 404);
        row("GET /api/v1/matches", null, 401, 200, 200, 200, 200);
        row("POST /api/v1/claims/{claimId}/matches/{matchedClaimId}/confirm", f -> Map.of("note", "Same claim"),
                401, 200, 200, 200, 404);
        row("POST /api/v1/claims/{claimId}/matches/{matchedClaimId}/reject", f -> Map.of("note", "Different"),
                401, 200, 200, 200, 404);
        // Workflow transitions, on a fresh SUBMITTED claim of factdesk-demo
        row("POST /api/v1/claims/{claimId}/transitions/take", null, 401, 200, 200, 200, 404);
        row("POST /api/v1/claims/{claimId}/transitions/assign", f -> Map.of("assignee", "reviewer"),
                401, 403, 200, 200, 404);
        row("POST /api/v1/claims/{claimId}/transitions/submit-review", f -> Map.of("analysis", "Analysis",
                "proposedRating", "false"), 401, 409, 409, 409, 404);
        row("POST /api/v1/claims/{claimId}/transitions/approve", null, 401, 403, 409, 409, 404);
        row("POST /api/v1/claims/{claimId}/transitions/return", f -> Map.of("note", "Needs work"),
                401, 403, 409, 409, 404);
        row("POST /api/v1/claims/{claimId}/transitions/dismiss", f -> Map.of("reason", "Not check-worthy"),
                401, 403, 200, 200, 404);
        row("POST /api/v1/claims/{claimId}/transitions/correct", f -> Map.of("note", "Fixed a typo"),
                401, 403, 409, 409, 404);
        row("POST /api/v1/claims/{claimId}/transitions/approve-correction", null, 401, 403, 409, 409, 404);
        row("POST /api/v1/claims/{claimId}/transitions/return-correction", f -> Map.of("note", "Not a correction"),
                401, 403, 409, 409, 404);
        row("POST /api/v1/claims/{claimId}/transitions/reopen", f -> Map.of("note", "New facts"),
                401, 403, 409, 409, 404);
        // Articles
        row("GET /api/v1/articles", null, 401, 200, 200, 200, 200);
        row("POST /api/v1/articles", f -> Map.of("body", "The minister said unemployment fell by 3% in 2024. "
                + "Critics disagree."), 401, 201, 201, 201, 201);
        row("GET /api/v1/articles/{id}", null, 401, 200, 200, 200, 404);
        row("POST /api/v1/articles/{id}/sentences/{sentenceId}/promote", f -> Map.of(), 401, 201, 201, 201, 404);
        // Settings: staff read their own organisation's; only admins change them
        row("GET /api/v1/settings/rating-scale", null, 401, 200, 200, 200, 200);
        row("PUT /api/v1/settings/rating-scale", Fixture::currentScale, 401, 403, 403, 200, 403);
        row("GET /api/v1/settings/policies", null, 401, 200, 200, 200, 200);
        row("PUT /api/v1/settings/policies", f -> Map.of("approvalsRequired", 1, "panelSize", 1, "minEvidence", 2,
                "minDistinctPublishers", 2), 401, 403, 403, 200, 403);
        row("GET /api/v1/settings/profile", null, 401, 200, 200, 200, 200);
        row("PUT /api/v1/settings/profile", f -> Map.of("name", "Factdesk Demo Desk"), 401, 403, 403, 200, 403);
        row("GET /api/v1/settings/events", null, 401, 403, 403, 200, 403);
        // Webhooks: admins of the organisation only
        row("GET /api/v1/webhooks", null, 401, 403, 403, 200, 403);
        row("POST /api/v1/webhooks", Fixture::webhook, 401, 403, 403, 201, 403);
        row("GET /api/v1/webhooks/{id}", null, 401, 403, 403, 200, 403);
        row("DELETE /api/v1/webhooks/{id}", null, 401, 403, 403, 204, 403);
        row("GET /api/v1/webhooks/{id}/deliveries", null, 401, 403, 403, 200, 403);
        row("POST /api/v1/webhooks/{id}/secret", null, 401, 403, 403, 200, 403);
        // Staff: admins of the organisation; organisations: platform administrators (the demo admin is one)
        row("GET /api/v1/staff", null, 401, 403, 403, 200, 403);
        row("POST /api/v1/staff/invitations", f -> Map.of("login", "matrix-" + f.unique(), "roles",
                List.of("reviewer")), 401, 403, 403, 201, 403);
        row("DELETE /api/v1/staff/invitations/{id}", null, 401, 403, 403, 204, 403);
        row("PUT /api/v1/staff/{id}/roles", f -> Map.of("roles", List.of("reviewer")), 401, 403, 403, 200, 403);
        row("DELETE /api/v1/staff/{id}", null, 401, 403, 403, 204, 403);
        row("GET /api/v1/organisations", null, 401, 403, 403, 200, 403);
        row("POST /api/v1/organisations", f -> Map.of("name", "Matrix " + f.unique(), "slug", "matrix-"
                + f.unique()), 401, 403, 403, 201, 403);
        // Tips: anyone may send; staff read
        row("POST /api/v1/tips", f -> Map.of("text", "Please check " + f.unique()), 202, 202, 202, 202, 202);
        row("GET /api/v1/tips", null, 401, 200, 200, 200, 200);
        // Imports: editors (the outsider is an editor of their own organisation)
        row("POST /api/v1/imports/claimreview", Fixture::claimReviewJson, 401, 403, 202, 202, 202);
        row("POST /api/v1/imports/csv", Fixture::csv, "text/csv", 401, 403, 202, 202, 202);
        row("POST /api/v1/imports/{id}/approve", null, 401, 403, 403, 200, 403);
        row("POST /api/v1/imports/{id}/refuse", null, 401, 403, 403, 200, 403);
        row("GET /api/v1/imports", null, 401, 403, 200, 200, 200);
        row("GET /api/v1/imports/{id}", null, 401, 403, 200, 200, 404);
        row("GET /api/v1/imports/{id}/rows", null, 401, 403, 200, 200, 404);
        // Re-embedding for claim matching: editors of the organisation
        row("POST /api/v1/embedding-backfills", null, 401, 403, 202, 202, 202);
        row("GET /api/v1/embedding-backfills", null, 401, 403, 200, 200, 200);
        row("GET /api/v1/embedding-backfills/{id}", null, 401, 403, 200, 200, 404);
        // Public reads
        row("GET /api/v1/verdicts", null, 200, 200, 200, 200, 200);
        row("GET /api/v1/verdicts/{id}", null, 200, 200, 200, 200, 200);
        row("GET /api/v1/verdicts/by-slug/{slug}", null, 200, 200, 200, 200, 200);
        row("GET /api/v1/verdicts/{id}/revisions", null, 200, 200, 200, 200, 200);
        row("GET /api/v1/verdicts/{id}/revisions/{revision}", null, 200, 200, 200, 200, 200);
        row("GET /api/v1/verdicts/{id}/corrections", null, 200, 200, 200, 200, 200);
        row("GET /api/v1/verdicts/{id}/claimreview", null, 200, 200, 200, 200, 200);
        row("GET /api/v1/verdicts/{id}/translations", null, 200, 200, 200, 200, 200);
        // The fixture verdict named as its own original: the editor gets as far as the rule that refuses it.
        row("PUT /api/v1/verdicts/{id}/translation-of", f -> Map.of("verdictId", Fixture.verdict().get("verdictId")),
                401, 403, 409, 409, 404);
        row("DELETE /api/v1/verdicts/{id}/translation-of", null, 401, 403, 204, 204, 404);
        row("GET /api/v1/feeds/claimreview", null, 200, 200, 200, 200, 200);
        row("GET /api/v1/search", null, 200, 200, 200, 200, 200);
    }

    @Test
    void everyOperationIsInTheMatrix() {
        Map<String, Object> paths = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        TreeSet<String> documented = new TreeSet<>();
        paths.forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                ((Map<?, ?>) item).keySet().forEach(method -> {
                    String m = method.toString().toUpperCase(Locale.ROOT);
                    if (List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(m)) {
                        documented.add(m + " " + path);
                    }
                });
            }
        });
        assertThat(documented).as("API operations without a row in the role matrix")
                .isSubsetOf(MATRIX.keySet());
        assertThat(MATRIX.keySet()).as("matrix rows for operations that do not exist").isSubsetOf(documented);
    }

    @Test
    void everyCallerGetsExactlyTheExpectedStatus() {
        List<String> wrong = new ArrayList<>();
        MATRIX.forEach((operation, row) -> {
            for (int i = 0; i < CALLERS.length; i++) {
                Fixture fixture = new Fixture();
                String method = operation.substring(0, operation.indexOf(' '));
                String path = fixture.resolve(operation.substring(operation.indexOf(' ') + 1));
                RequestSpecification request = as(CALLERS[i]).header("X-Forwarded-For", fixture.clientAddress());
                if (row.body() != null) {
                    Object body = row.body().apply(fixture);
                    request = request.contentType(row.contentType()).body(body);
                }
                Response response = request.request(method, path);
                int status = response.statusCode();
                String who = CALLERS[i] == null ? "anonymous" : CALLERS[i];
                if (status != row.expected()[i]) {
                    wrong.add(who + " " + method + " " + path + ": expected " + row.expected()[i] + " got " + status
                            + " " + response.asString());
                } else if (status >= 400 && !response.contentType().startsWith("application/problem+json")) {
                    wrong.add(who + " " + method + " " + path + ": " + status + " is not problem+json");
                }
            }
        });
        assertThat(wrong).as("cells of the role matrix").isEmpty();
    }
}
