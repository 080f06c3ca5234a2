package io.factdesk.web.desk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The desk's "Possible earlier checks": the claim page lists a match with confirm and reject forms that post with
 * CSRF and redirect (303), and the article page lists a sentence's matches before it is promoted.
 */
@QuarkusTest
@TestSecurity(user = "reviewer", roles = "reviewer")
class EarlierChecksPageTest {

    private record Csrf(String cookie, String token) {
    }

    private static String place() {
        StringBuilder name = new StringBuilder("Z");
        for (int i = 0; i < 7; i++) {
            name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return name + "burg";
    }

    private static long claim(String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/api/v1/claims")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Csrf csrf(Response page) {
        return new Csrf(page.getCookie("factdesk-csrf"),
                page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value"));
    }

    @Test
    void theClaimPageListsAMatchAndConfirmingLinksTheClaim() {
        String place = place();
        long earlier = claim("The mayor of " + place + " said crime fell by 12 percent last year.");
        long later = claim("Crime in " + place + " fell 12 percent last year, the mayor said.");

        Response page = given().get("/desk/claims/{id}", later);
        page.then().statusCode(200).body(containsString("Possible earlier checks"))
                .body(containsString("The mayor of " + place + " said crime fell by 12 percent last year."))
                .body(containsString("action=\"/desk/claims/" + later + "/matches/" + earlier + "/confirm\""));
        Csrf csrf = csrf(page);

        given().redirects().follow(false).cookie("factdesk-csrf", csrf.cookie())
                .formParam("csrf-token", csrf.token()).formParam("note", "Same speech")
                .post("/desk/claims/{id}/matches/{m}/confirm", later, earlier)
                .then().statusCode(303).header("Location", endsWith("/desk/claims/" + later + "?done=match-confirmed"));

        given().get("/desk/claims/{id}?done=match-confirmed", later).then().statusCode(200)
                .body(containsString("The claim is now linked to the earlier check."))
                .body(containsString("Linked to"))
                .body(containsString("href=\"/desk/claims/" + earlier + "\">claim " + earlier + "</a>"))
                .body(containsString("Confirmed as the same claim"))
                .body(not(containsString("/matches/" + earlier + "/confirm")));
    }

    @Test
    void rejectingHidesTheMatchAndARefusalIsShownInPlainWords() {
        String place = place();
        long earlier = claim("The governor of " + place + " said the new bridge cost 40 million euros.");
        long later = claim(place + "'s governor said the new bridge cost 40 million euros.");
        Response page = given().get("/desk/claims/{id}", later);
        page.then().statusCode(200).body(containsString("/matches/" + earlier + "/reject"));
        Csrf csrf = csrf(page);

        given().redirects().follow(false).cookie("factdesk-csrf", csrf.cookie()).formParam("csrf-token", csrf.token())
                .post("/desk/claims/{id}/matches/{m}/reject", later, earlier)
                .then().statusCode(303).header("Location", endsWith("?done=match-rejected"));
        given().get("/desk/claims/{id}", later).then().statusCode(200)
                .body(not(containsString("/matches/" + earlier + "/")));

        given().redirects().follow(false).cookie("factdesk-csrf", csrf.cookie()).formParam("csrf-token", csrf.token())
                .post("/desk/claims/{id}/matches/{m}/confirm", later, later)
                .then().statusCode(303).header("Location", endsWith("/desk/claims/" + later + "/matches"));
        given().get("/desk/claims/{id}/matches", later).then().statusCode(200)
                .body(containsString("A claim cannot match itself"));
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() {
        long claim = claim("The mayor of " + place() + " said the river flooded twice.");
        given().redirects().follow(false).post("/desk/claims/{id}/matches/{m}/confirm", claim, claim)
                .then().statusCode(400);
    }

    @Test
    void theArticlePageListsASentencesEarlierChecksBeforePromoting() {
        String place = place();
        String sentence = "The mayor of " + place + " said unemployment fell by 3 percent in 2024.";
        long earlier = claim(sentence);
        long article = given().contentType(ContentType.JSON).body(Map.of("body", "A report from " + place + ". "
                + sentence + " Critics disagree.")).post("/api/v1/articles").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        String html = given().get("/desk/articles/{id}", article).then().statusCode(200)
                .body(containsString("Earlier checks that may say the same"))
                .extract().asString();
        assertThat(html).contains("href=\"/desk/claims/" + earlier + "\"").contains("Likely duplicate");
    }
}
