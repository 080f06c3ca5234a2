package io.factdesk.api.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every paging parameter of the API is range-checked: a 400 validation problem naming it, never a 500, and no
 * page number large enough to overflow the row offset reaches SQL (the pages: web's PagingLimitsPagesTest).
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = {"reviewer", "editor", "admin"})
class PagingLimitsTest {

    private static final String[] PAGED = {"/api/v1/search", "/api/v1/verdicts", "/api/v1/claims", "/api/v1/tips",
        "/api/v1/articles", "/api/v1/desk/queues/unassigned"};

    private static void refused(String path, String parameter, String value) {
        given().queryParam(parameter, value).get(path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://factdesk.io/problems/validation"))
                .body("violations[0].field", equalTo(parameter));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2147483647", "2147483648", "10001", "0", "-1", "1e3", "99999999999999999999"})
    void outOfRangePagesAreRefusedOnEveryApiList(String page) {
        for (String path : PAGED) {
            refused(path, "page", page);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "2147483647", "-2147483648", "many"})
    void outOfRangeSizesAreRefusedOnEveryApiList(String size) {
        for (String path : PAGED) {
            refused(path, "size", size);
        }
        refused("/api/v1/feeds/claimreview", "size", size);
    }

    @Test
    void theLastAllowedPageIsAnEmptyPageNotAnError() {
        given().queryParam("page", "10000").queryParam("size", "100").get("/api/v1/search").then().statusCode(200)
                .body("items.size()", equalTo(0));
        given().queryParam("page", "10000").queryParam("size", "100").get("/api/v1/claims").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "51", "2147483647", "2147483648", "ten"})
    void matchLimitsAreRangeChecked(String limit) {
        long claim = given().contentType(ContentType.JSON).body(Map.of("text", "Paging check claim"))
                .post("/api/v1/claims").then().statusCode(201).extract().jsonPath().getLong("id");
        refused("/api/v1/claims/" + claim + "/matches", "limit", limit);
        given().queryParam("text", "Paging check claim").queryParam("limit", limit).get("/api/v1/matches").then()
                .statusCode(400).body("violations[0].field", equalTo("limit"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "2147483648", "twenty"})
    void webhookDeliveryLimitsAreRangeChecked(String limit) {
        refused("/api/v1/webhooks/1/deliveries", "limit", limit);
    }
}
