package io.factdesk.web.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.web.support.DemoLogins;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TransitionMetricsTest {

    @Test
    void transitionsAreCountedByTypeAndOutcome() {
        String token = DemoLogins.accessToken("reviewer");
        double taken = counter("take", "success", "none");
        double refused = counter("take", "refused", "wrong-state");

        long claimId = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"text\":\"The metrics test claims that counters count.\",\"claimant\":\"A tester\"}")
                .when().post("/api/v1/claims")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(token).contentType(ContentType.JSON).when()
                .post("/api/v1/claims/" + claimId + "/transitions/take")
                .then().statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON).when()
                .post("/api/v1/claims/" + claimId + "/transitions/take")
                .then().statusCode(409);

        assertThat(counter("take", "success", "none")).isEqualTo(taken + 1);
        assertThat(counter("take", "refused", "wrong-state")).isEqualTo(refused + 1);
    }

    @Test
    void requestRatesAndLatenciesArePublished() {
        given().when().get("/").then().statusCode(200);
        assertThat(metrics()).contains("http_server_requests_seconds_count{")
                .contains("http_server_requests_seconds_bucket{");
    }

    private static double counter(String transition, String outcome, String reason) {
        Matcher matcher = Pattern.compile("factdesk_workflow_transitions_total\\{([^}]*)} ([0-9.E+-]+)")
                .matcher(metrics());
        while (matcher.find()) {
            String tags = matcher.group(1);
            if (tags.contains("transition=\"" + transition + "\"") && tags.contains("outcome=\"" + outcome + "\"")
                    && tags.contains("reason=\"" + reason + "\"")) {
                return Double.parseDouble(matcher.group(2));
            }
        }
        return 0;
    }

    private static String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
