package io.factdesk.web.publicsite;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Over-long public input is refused with the friendly 400 page, fast: the length is checked before any pattern
 * reads the value. The contact below is the shape that made the old e-mail check quadratic (one address part,
 * then thousands of dots and a stray "@" at the end): 40,000 characters of it took about 19 s.
 */
@QuarkusTest
class OverlongInputTest {

    private static final Duration QUICKLY = Duration.ofSeconds(2);

    private static String quadraticContact(int length) {
        StringBuilder contact = new StringBuilder("a@");
        while (contact.length() < length - 2) {
            contact.append("a.");
        }
        return contact.append("a@").toString();
    }

    @Test
    void aTipWithA40000CharacterContactIsRefusedQuicklyWithTheFieldError() {
        Response form = given().get("/tips/new");
        String cookie = form.getCookie("factdesk-csrf");
        String token = form.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        String contact = quadraticContact(40_000);
        assertThat(contact).hasSize(40_000);

        assertTimeoutPreemptively(QUICKLY, () -> given().redirects().follow(false)
                .cookie("factdesk-csrf", cookie)
                .formParam("csrf-token", token)
                .formParam("text", "The mayor said crime fell by half.")
                .formParam("contact", contact)
                .when().post("/tips")
                .then().statusCode(400)
                .contentType(startsWith("text/html"))
                .body(containsString("Please give a valid e-mail address")));
    }

    @Test
    void aTipWithAnOverlongWebAddressIsRefusedWithTheFieldError() {
        Response form = given().get("/tips/new");
        assertTimeoutPreemptively(QUICKLY, () -> given().redirects().follow(false)
                .cookie("factdesk-csrf", form.getCookie("factdesk-csrf"))
                .formParam("csrf-token", form.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value"))
                .formParam("text", "Unemployment doubled")
                .formParam("url", "https://example.com/" + "a".repeat(100_000))
                .when().post("/tips")
                .then().statusCode(400)
                .contentType(startsWith("text/html"))
                .body(containsString("Please give a web address starting with http:// or https://.")));
    }

    @Test
    void anOverlongSearchIsTheFriendly400Page() {
        given().queryParam("q", "word ".repeat(101))
                .when().get("/search")
                .then().statusCode(400)
                .contentType(startsWith("text/html"));
        given().queryParam("claimant", "x".repeat(501))
                .when().get("/search")
                .then().statusCode(400)
                .contentType(startsWith("text/html"));
        given().queryParam("q", "word ".repeat(99))
                .when().get("/search")
                .then().statusCode(200);
    }
}
