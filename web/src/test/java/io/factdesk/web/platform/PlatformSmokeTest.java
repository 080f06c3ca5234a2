package io.factdesk.web.platform;

import static io.factdesk.web.support.ManagementPort.management;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.factdesk.web.support.DemoLogins;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformSmokeTest {

    @Test
    void healthIsUpWithTheDatabaseCheckOnTheManagementPort() {
        management().when().get("/q/health")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check"));
    }

    @Test
    void metricsAndHealthAreNotOnTheMainPort() {
        management().when().get("/q/metrics").then().statusCode(200);
        given().redirects().follow(false).when().get("/q/metrics").then().statusCode(404);
        given().redirects().follow(false).when().get("/q/health").then().statusCode(404);
        given().redirects().follow(false).when().get("/q/dev-ui").then().statusCode(404);
    }

    @Test
    void openApiDocumentIsPublished() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Factdesk API"));
    }

    @Test
    void apiWithoutTokenAnswers401NotARedirect() {
        given().redirects().follow(false).when().get("/api/v1/me")
                .then().statusCode(401);
    }

    @Test
    void demoEditorTokenCarriesRolesAndOrganisation() {
        given().auth().oauth2(DemoLogins.accessToken("editor"))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("editor"))
                .body("organisation", equalTo("factdesk-demo"))
                .body("roles", hasItems("editor", "reviewer"));
    }

    @Test
    void staffOfTheOtherOrganisationSeeTheirOwn() {
        given().auth().oauth2(DemoLogins.accessToken("outsider"))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("organisation", equalTo("northern-checks"));
    }
}
