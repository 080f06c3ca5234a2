package io.factdesk.web.forms;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Page numbers on the pages are range-checked: the friendly 400 page, never a 500, and no page number large
 * enough to overflow the row offset reaches SQL (the API's paging: the api module's PagingLimitsTest).
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = {"reviewer", "editor", "admin"})
class PagingLimitsPagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2147483647", "2147483648", "10001", "0", "-5", "two"})
    void outOfRangePagesGetTheFriendly400PageOnTheWeb(String page) {
        for (String path : new String[] {"/search", "/desk"}) {
            given().queryParam("page", page).get(path).then().statusCode(400)
                    .contentType(containsString("text/html"))
                    .body(containsString("page numbers are whole numbers from 1 to 10000"))
                    .body(not(containsString("Exception")));
        }
    }

    @Test
    void theLastAllowedWebPageRenders() {
        given().queryParam("page", "10000").get("/search").then().statusCode(200);
        given().queryParam("page", "10000").get("/desk").then().statusCode(200);
    }
}
