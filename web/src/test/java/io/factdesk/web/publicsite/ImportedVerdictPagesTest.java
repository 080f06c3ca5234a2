package io.factdesk.web.publicsite;

import static io.factdesk.web.support.DemoLogins.anonymous;
import static io.factdesk.web.support.DemoLogins.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The public page of a verdict that came in by bulk import: it names where it was first published, and shows
 * only the http(s) links of the import (rows with other links are skipped: the api module's ImportedLinksTest).
 */
@QuarkusTest
class ImportedVerdictPagesTest {

    @Test
    void anImportedVerdictNamesItsSourceAndLinksItsAppearanceAsAnHttpAddress() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String csv = "url,claim,rating,appearance_url\n"
                + "https://checks.example/" + run + "/1,Script appearance " + run + ",False,"
                + "javascript:alert(document.domain)\n"
                + "https://checks.example/" + run + "/4,Clean links " + run + ",False,HTTPS://Seen.Example/" + run + "\n";
        long job = as("editor").contentType("text/csv").body(csv).post("/api/v1/imports/csv")
                .then().statusCode(202).extract().jsonPath().getLong("id");
        as("admin").post("/api/v1/imports/{id}/approve", job).then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> !"RUNNING".equals(
                as("editor").get("/api/v1/imports/{id}", job).then().extract().jsonPath().getString("status")));

        String slug = anonymous().queryParam("q", "clean links " + run).get("/api/v1/search").then()
                .extract().jsonPath().getString("items[0].slug");
        String page = given().get("/verdicts/{slug}", slug).then().statusCode(200).extract().asString();
        assertThat(page).contains("Imported from Factdesk Demo")
                .contains("href=\"https://seen.example/" + run + "\"").doesNotContainIgnoringCase("javascript:");
    }
}
