package io.factdesk.api.problem;

import static io.factdesk.api.support.Api.as;
import static org.hamcrest.Matchers.equalTo;

import io.factdesk.api.support.Fixture;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A transition the review workflow refuses is a 409 problem whose {@code detail} is the rule's text from the
 * refusals bundle with the numbers it names, in the caller's language; {@code type}, {@code code} and the title's
 * English never depend on the wording.
 */
@QuarkusTest
class WorkflowRefusalProblemTest {

    private static final Map<String, String> REVIEW = Map.of("analysis", "The figures say otherwise.",
            "proposedRating", "mostly-false", "headline", "Mostly false", "summary", "It did not.");

    @Test
    void tooLittleEvidenceNamesWhatThePolicyNeedsAndWhatTheClaimHas() {
        Fixture fixture = new Fixture();
        long claim = fixture.claimId();
        fixture.evidenceId();
        as("reviewer").post("/api/v1/claims/{id}/transitions/take", claim).then().statusCode(200);

        as("reviewer").body(REVIEW).post("/api/v1/claims/{id}/transitions/submit-review", claim)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://factdesk.io/problems/transition-refused/minimum-evidence"))
                .body("code", equalTo("minimum-evidence"))
                .body("title", equalTo(ProblemType.TRANSITION_REFUSED.englishTitle()))
                .body("detail", equalTo("More evidence is needed before the review can be submitted: it needs at "
                        + "least 2 pieces of evidence from 2 different publishers; the claim has 1 piece from "
                        + "1 publisher."));
        as("reviewer").header("Accept-Language", "uk").body(REVIEW)
                .post("/api/v1/claims/{id}/transitions/submit-review", claim)
                .then().statusCode(409)
                .body("code", equalTo("minimum-evidence"))
                .body("detail", equalTo("Потрібно більше доказів, перш ніж подати рецензію: щонайменше 2 докази від "
                        + "2 різних видавців; зараз доказів: 1, видавців: 1."));
    }
}
