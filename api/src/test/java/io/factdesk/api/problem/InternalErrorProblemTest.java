package io.factdesk.api.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * An unexpected failure answers 500 problem+json with an incident id to quote and nothing of the failure itself,
 * in the caller's language.
 */
@QuarkusTest
class InternalErrorProblemTest {

    private static final String INCIDENT = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void anUnexpectedFailureNamesAnIncidentInTheCallersLanguage() {
        given().header("Accept-Language", "uk").get("/api/v1/test-only/failure")
                .then().statusCode(500).contentType("application/problem+json")
                .body("type", equalTo("https://factdesk.io/problems/internal-error"))
                .body("detail", matchesPattern("Спробуйте трохи згодом; якщо збій повториться, назвіть номер "
                        + "інциденту " + INCIDENT + "\\."))
                .body("detail", not(containsString("a bug")));
        given().get("/api/v1/test-only/failure")
                .then().statusCode(500)
                .body("detail", matchesPattern("Please try again later; quote incident " + INCIDENT
                        + " if it persists\\."));
    }
}
