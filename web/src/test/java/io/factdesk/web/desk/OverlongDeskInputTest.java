package io.factdesk.web.desk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Desk forms check every field's length before anything else reads it, and say which field is too long. */
@QuarkusTest
@TestSecurity(user = "reviewer", roles = "reviewer")
class OverlongDeskInputTest {

    @Test
    void anArticleWithAnOverlongAddressOrTitleComesBackWithTheFieldErrors() {
        Response page = given().get("/desk/articles");
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> given().redirects().follow(false)
                .cookie("factdesk-csrf", page.getCookie("factdesk-csrf"))
                .multiPart("csrf-token", page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value"))
                .multiPart("title", "T".repeat(501))
                .multiPart("url", "https://example.com/" + " a".repeat(50_000))
                .multiPart("body", "The harbour authority said on Monday that traffic rose by 12 percent.")
                .when().post("/desk/articles")
                .then().statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("This is too long: at most 500 characters."))
                .body(containsString("This is too long: at most 2000 characters.")));
    }
}
