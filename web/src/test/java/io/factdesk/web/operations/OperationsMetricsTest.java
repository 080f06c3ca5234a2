package io.factdesk.web.operations;

import static io.factdesk.web.support.ManagementPort.management;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.web.support.DemoLogins;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsMetricsTest {

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
    void finishedImportJobsAndTheirRowsAreCounted() throws InterruptedException {
        double jobs = meter("factdesk_import_jobs_total", "format=\"csv\"", "status=\"done\"");
        double imported = meter("factdesk_import_rows_total", "format=\"csv\"", "outcome=\"imported\"");
        String run = java.util.UUID.randomUUID().toString().substring(0, 8);
        String csv = "url,claim,claimant,claim_date,rating,headline,summary\n"
                + "https://checks.example/metrics/" + run + ",Counters count " + run + ",A tester,2024-01-05,"
                + "False,They do not,Measured.\n";
        long job = given().auth().oauth2(DemoLogins.accessToken("editor")).contentType("text/csv").body(csv)
                .when().post("/api/v1/imports/csv").then().statusCode(202).extract().jsonPath().getLong("id");
        given().auth().oauth2(DemoLogins.accessToken("admin")).contentType(ContentType.JSON)
                .when().post("/api/v1/imports/{id}/approve", job)
                .then().statusCode(200);

        for (int i = 0; i < 100 && meter("factdesk_import_jobs_total", "format=\"csv\"", "status=\"done\"") == jobs; i++) {
            Thread.sleep(100);
        }
        assertThat(meter("factdesk_import_jobs_total", "format=\"csv\"", "status=\"done\"")).isEqualTo(jobs + 1);
        assertThat(meter("factdesk_import_rows_total", "format=\"csv\"", "outcome=\"imported\""))
                .isEqualTo(imported + 1);
    }

    @Test
    void requestRatesAndLatenciesArePublished() {
        given().when().get("/").then().statusCode(200);
        assertThat(metrics()).contains("http_server_requests_seconds_count{")
                .contains("http_server_requests_seconds_bucket{");
    }

    private static double counter(String transition, String outcome, String reason) {
        return meter("factdesk_workflow_transitions_total", "transition=\"" + transition + "\"",
                "outcome=\"" + outcome + "\"", "reason=\"" + reason + "\"");
    }

    /** The value of the series of {@code name} whose labels include all of {@code labels}; 0 when absent. */
    private static double meter(String name, String... labels) {
        Matcher matcher = Pattern.compile(name + "\\{([^}]*)} ([0-9.E+-]+)").matcher(metrics());
        while (matcher.find()) {
            String tags = matcher.group(1);
            if (java.util.Arrays.stream(labels).allMatch(tags::contains)) {
                return Double.parseDouble(matcher.group(2));
            }
        }
        return 0;
    }

    private static String metrics() {
        return management().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
