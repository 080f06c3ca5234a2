package io.factdesk.web.publicsite;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;

import io.factdesk.web.support.FormReturns;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** The tip form as a browser without JavaScript posts it: CSRF token, POST-redirect-GET, field errors. */
@QuarkusTest
class TipFormTest {

    private record Csrf(String cookie, String token) {
    }

    private static Csrf csrf() {
        Response form = given().when().get("/tips/new");
        String token = form.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        return new Csrf(form.getCookie("factdesk-csrf"), token);
    }

    @Test
    void aValidTipRedirectsToTheConfirmation() {
        Csrf csrf = csrf();
        given().redirects().follow(false)
                .cookie("factdesk-csrf", csrf.cookie())
                .formParam("csrf-token", csrf.token())
                .formParam("text", "The mayor said crime fell by half.")
                .formParam("url", "https://news.example.com/mayor")
                .when().post("/tips")
                .then().statusCode(303)
                .header("Location", endsWith("/tips/thanks"));
        given().when().get("/tips/thanks").then().statusCode(200).body(containsString("we received your claim"));
    }

    @Test
    void aPostWithoutCsrfTokenIsRefusedWithAnHtmlPage() {
        given().redirects().follow(false)
                .formParam("text", "No token here.")
                .when().post("/tips")
                .then().statusCode(400)
                .contentType(startsWith("text/html"))
                .body(containsString("The request could not be used"));
    }

    @Test
    void invalidFieldsComeBackWithErrorsAndTheTypedValues() {
        Csrf csrf = csrf();
        Response posted = given().redirects().follow(false)
                .cookie("factdesk-csrf", csrf.cookie())
                .formParam("csrf-token", csrf.token())
                .formParam("text", "Unemployment doubled")
                .formParam("url", "not a web address")
                .formParam("contact", "nobody")
                .when().post("/tips");
        assertThat(posted.getDetailedCookie("factdesk-tip-form").isHttpOnly()).isTrue();
        assertThat(posted.getDetailedCookie("factdesk-tip-form").getPath()).isEqualTo("/tips");
        FormReturns.followed(posted, "/tips/new", "tip", 400)
                .contentType(startsWith("text/html"))
                .header("Cache-Control", containsString("no-store"))
                .body(containsString("Please give a web address starting with http:// or https://."))
                .body(containsString("Please give a valid e-mail address"))
                .body(containsString(">Unemployment doubled</textarea>"))
                .body(containsString("value=\"not a web address\""));
    }

    @Test
    void theReturnedFormShowsNothingWithoutItsCookieAndIgnoresAForgedOne() {
        given().when().get("/tips/new?returned=tip").then().statusCode(200)
                .body(containsString("></textarea>"));
        given().cookie("factdesk-tip-form", "not-deflated-json").when().get("/tips/new?returned=tip")
                .then().statusCode(200).body(containsString("></textarea>"));
    }

    @Test
    void aSentTipClearsTheReturnedForm() {
        Csrf csrf = csrf();
        given().redirects().follow(false)
                .cookie("factdesk-csrf", csrf.cookie())
                .formParam("csrf-token", csrf.token())
                .formParam("text", "The port handled a record 40 million tonnes.")
                .when().post("/tips")
                .then().statusCode(303)
                .header("Location", endsWith("/tips/thanks"))
                .cookie("factdesk-tip-form", "");
    }
}
