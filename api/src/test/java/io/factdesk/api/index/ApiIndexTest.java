package io.factdesk.api.index;

import static io.factdesk.api.support.Api.anonymous;
import static io.factdesk.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiIndexTest {

    @Test
    void theRootOfTheApiListsItsResourcesForAnyone() {
        JsonPath index = anonymous().when().get("/api/v1")
                .then().statusCode(200).contentType("application/json")
                .body("openapi", equalTo("/q/openapi"))
                .extract().jsonPath();

        List<Map<String, String>> links = index.getList("links");
        assertThat(links).extracting(l -> l.get("rel")).contains("claims", "verdicts", "search", "tips");
    }

    @Test
    void everyLinkedResourceExists() {
        List<Map<String, String>> links = anonymous().when().get("/api/v1").then().extract().jsonPath().getList("links");

        for (Map<String, String> link : links) {
            int status = as("admin").when().get(link.get("href")).then().extract().statusCode();
            // Tips only take POST and matches needs its text; none may be missing.
            assertThat(status).as(link.get("href")).isIn(200, 400, 405);
        }
        anonymous().when().get("/q/openapi").then().statusCode(200);
    }
}
