package io.factdesk.web.desk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.factdesk.web.support.FormReturns;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** The article page's order and filter come from the address; the marked words are escaped text. */
@QuarkusTest
@TestSecurity(user = "reviewer", roles = "reviewer")
class ArticlePageTest {

    private static String importArticle(String title, String body) {
        Response page = given().get("/desk/articles");
        String location = given().redirects().follow(false).cookie("factdesk-csrf", page.getCookie("factdesk-csrf"))
                .multiPart("csrf-token", page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value"))
                .multiPart("title", title)
                .multiPart("body", body)
                .when().post("/desk/articles")
                .then().statusCode(303).extract().header("Location");
        return location.substring(location.indexOf("/desk/articles/"));
    }

    @Test
    void filtersByFlagKindAndMarksTheTriggerWordsAsEscapedText() {
        String article = importArticle("Port figures", "The port reportedly handled <b>12 million</b> tonnes in "
                + "2025. The harbour authority published its annual report on Monday.");

        given().get(article + "?sort=score&flag=HEDGE").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<mark class=\"hl hl-hedge\">reportedly</mark>"))
                .body(containsString("handled &lt;b&gt;12 million&lt;/b&gt; tonnes"))
                .body(not(containsString("<b>12 million</b>")))
                .body(not(containsString("annual report on Monday")))
                .body(containsString("Showing 1 of 2 sentences."))
                .body(containsString("aria-current=\"page\">Highest score first"));
        given().get(article).then().statusCode(200)
                .body(containsString("annual report on Monday"))
                .body(containsString("Showing 2 of 2 sentences."));
    }

    @Test
    void anUnknownOrderOrFlagKindIsABadRequestPage() {
        String article = importArticle("Port figures again", "The port handled 12 million tonnes in 2025.");

        given().get(article + "?sort=random").then().statusCode(400).contentType(containsString("text/html"));
        given().get(article + "?flag=GOSSIP").then().statusCode(400).contentType(containsString("text/html"));
        given().get(article + "?flag=" + "A".repeat(41)).then().statusCode(400);
        given().get(article + "?flag=any&sort=position").then().statusCode(200);
    }

    @Test
    void aRefusedPromotionComesBackToTheArticleWithTheReason() {
        String article = importArticle("Port figures promoted", "The port handled 13 million tonnes in 2025.");
        long sentence = given().get("/api/v1" + article.substring("/desk".length())).then()
                .statusCode(200).extract().jsonPath().getLong("sentences[0].id");
        Response page = given().get(article);
        String cookie = page.getCookie("factdesk-csrf");
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        String promote = article + "/sentences/" + sentence + "/promote";
        given().redirects().follow(false).cookie("factdesk-csrf", cookie).formParam("csrf-token", token)
                .post(promote).then().statusCode(303);

        Response again = given().redirects().follow(false).cookie("factdesk-csrf", cookie)
                .formParam("csrf-token", token).post(promote);
        FormReturns.followed(again, article, "promote")
                .body(containsString("This sentence is already claim "));
        given().get(article).then().statusCode(200).body(not(containsString("This sentence is already claim ")));
    }
}
