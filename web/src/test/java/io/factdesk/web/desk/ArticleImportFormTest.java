package io.factdesk.web.desk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

import io.factdesk.web.support.FormReturns;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** The article import form: an empty article comes back with the field error and the typed values kept. */
@QuarkusTest
@TestSecurity(user = "reviewer", roles = "reviewer")
class ArticleImportFormTest {

    @Test
    void anEmptyArticleComesBackWithTheFieldErrorAndTheTitleKept() {
        Response page = given().get("/desk/articles");
        String cookie = page.getCookie("factdesk-csrf");
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");

        Response posted = given().redirects().follow(false).cookie("factdesk-csrf", cookie)
                .multiPart("csrf-token", token)
                .multiPart("title", "A title worth keeping")
                .multiPart("body", "")
                .when().post("/desk/articles");
        FormReturns.followed(posted, "/desk/articles", "import")
                .contentType(containsString("text/html"))
                .body(containsString("Paste the article text or choose a file."))
                .body(containsString("value=\"A title worth keeping\""));
    }

    @Test
    void aPastedArticleIsImportedAndRedirectsToItsPage() {
        Response page = given().get("/desk/articles");
        given().redirects().follow(false).cookie("factdesk-csrf", page.getCookie("factdesk-csrf"))
                .multiPart("csrf-token", page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value"))
                .multiPart("title", "Harbour report")
                .multiPart("body", "The harbour authority said on Monday that traffic rose by 12 percent in 2025.")
                .when().post("/desk/articles")
                .then().statusCode(303)
                .header("Location", matchesPattern(".*/desk/articles/\\d+$"));
    }

    @Test
    void theArticlesPageWithoutTheReturnedMarkShowsAnEmptyForm() {
        Response page = given().get("/desk/articles");
        given().redirects().follow(false).cookie("factdesk-csrf", page.getCookie("factdesk-csrf"))
                .multiPart("csrf-token", page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value"))
                .multiPart("title", "Typed then abandoned")
                .multiPart("body", "")
                .when().post("/desk/articles").then().statusCode(303);
        given().get("/desk/articles").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("Typed then abandoned")));
    }
}
