package io.factdesk.web.desk;

import static io.factdesk.web.support.DemoLogins.anonymous;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.factdesk.web.support.Verdicts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * On the desk's page of a published claim an editor links its verdict to the verdict of the same claim in the
 * other language (chosen from the list or named by slug) and removes the link again, with a CSRF-protected form
 * that answers 303 back to the page; bad input gets the friendly error page with a 4xx, in the viewer's language;
 * reviewers get neither the panel nor the action.
 */
@QuarkusTest
class TranslationLinkPagesTest {

    @Inject
    Verdicts verdicts;

    private static String topic() {
        StringBuilder place = new StringBuilder("T");
        ThreadLocalRandom.current().ints(7, 'a', 'z' + 1).forEach(c -> place.append((char) c));
        return place.toString();
    }

    private static long idOf(String slug) {
        return anonymous().when().get("/api/v1/verdicts/by-slug/" + slug).then().statusCode(200)
                .extract().jsonPath().getLong("verdict.verdictId");
    }

    /** The claim page as the logged-in viewer sees it, with its CSRF cookie and token. */
    private record Page(Response response, Document html) {
        static Page of(long claimId) {
            Response response = given().when().get("/desk/claims/" + claimId).then().statusCode(200).extract()
                    .response();
            return new Page(response, Jsoup.parse(response.asString()));
        }

        Response post(String action, Map<String, String> fields) {
            return given().redirects().follow(false).cookie("factdesk-csrf", response.getCookie("factdesk-csrf"))
                    .header("Accept-Language", "uk")
                    .formParam("csrf-token", html.selectFirst("input[name=csrf-token]").val())
                    .formParams(fields).when().post(action).then().extract().response();
        }
    }

    @Test
    @TestSecurity(user = "editor", roles = {"reviewer", "editor"})
    void anEditorLinksAVerdictToItsTranslationAndRemovesTheLink() {
        String word = topic();
        String english = verdicts.publish("The " + word + " bridge cost four billion euros", "A blog", "false",
                "Bridge accounts", "It cost one billion.");
        String ukrainian = verdicts.publishIn("uk", "Міст " + word + " коштував чотири мільярди євро", "Блог", null,
                "false", "Рахунки мосту", "Він коштував один мільярд.");
        long claimId = verdicts.claimIdOf(ukrainian);
        String link = "/desk/claims/" + claimId + "/translation/link";

        Page page = Page.of(claimId);
        assertThat(page.html().select("#translation-verdict option").eachAttr("value"))
                .as("the English verdict is offered, the Ukrainian one itself is not")
                .contains(String.valueOf(idOf(english))).doesNotContain(String.valueOf(idOf(ukrainian)));
        assertThat(page.html().select("form[action=" + link + "] input[name=csrf-token]")).hasSize(1);

        Response blank = page.post(link, Map.of("verdict", "", "other", " "));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.asString()).contains("Виберіть вердикт зі списку");
        assertThat(page.post(link, Map.of("other", "no-such-verdict-" + word.toLowerCase())).statusCode())
                .isEqualTo(404);
        assertThat(page.post(link, Map.of("other", "x".repeat(600))).statusCode()).isEqualTo(400);
        Response itself = page.post(link, Map.of("other", "https://factdesk.example/verdicts/" + ukrainian));
        assertThat(itself.statusCode()).isEqualTo(409);
        assertThat(itself.asString()).contains("Вердикт не може бути перекладом самого себе.");
        given().post(link).then().statusCode(400); // no CSRF token

        Response linked = page.post(link, Map.of("verdict", String.valueOf(idOf(english)), "other", ""));
        assertThat(linked.statusCode()).isEqualTo(303);
        assertThat(linked.header("Location")).endsWith("/desk/claims/" + claimId + "?done=translation-linked");
        anonymous().when().get("/api/v1/verdicts/{id}/translations", idOf(english)).then().statusCode(200)
                .body("", hasSize(1)).body("[0].slug", equalTo(ukrainian));
        given().when().get("/verdicts/" + english).then().statusCode(200)
                .body(containsString("href=\"/verdicts/" + ukrainian + "\""));
        given().when().get("/desk/claims/" + claimId + "?done=translation-linked").then().statusCode(200)
                .body(containsString("The verdict is now linked to its translation"))
                .body(containsString("action=\"/desk/claims/" + claimId + "/translation/unlink\""));

        Page englishPage = Page.of(verdicts.claimIdOf(english));
        Response unlinked = englishPage.post("/desk/claims/" + verdicts.claimIdOf(english) + "/translation/unlink",
                Map.of("verdict", ukrainian));
        assertThat(unlinked.statusCode()).isEqualTo(303);
        assertThat(unlinked.header("Location")).endsWith("?done=translation-unlinked");
        anonymous().when().get("/api/v1/verdicts/{id}/translations", idOf(english)).then().statusCode(200)
                .body("", hasSize(0));

        Response bySlug = page.post(link, Map.of("other", "/verdicts/" + english + "/"));
        assertThat(bySlug.statusCode()).isEqualTo(303);
        anonymous().when().get("/api/v1/verdicts/{id}/translations", idOf(ukrainian)).then().statusCode(200)
                .body("[0].slug", equalTo(english));
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void reviewersNeitherSeeNorUseTheTranslationPanel() {
        String slug = verdicts.publish("The " + topic() + " tunnel cost two billion", "A blog", "false",
                "Tunnel accounts", "It cost half a billion.");
        long claimId = verdicts.claimIdOf(slug);
        Page page = Page.of(claimId);
        assertThat(page.html().select(".translation-panel")).isEmpty();
        assertThat(page.post("/desk/claims/" + claimId + "/translation/link", Map.of("other", slug)).statusCode())
                .isEqualTo(403);
        given().when().get("/desk/claims/" + claimId).then().statusCode(200)
                .body(not(containsString("/translation/link")));
    }

    @Test
    @TestSecurity(user = "editor", roles = {"reviewer", "editor"})
    void aClaimWithoutAVerdictHasNoPanel() {
        long claimId = verdicts.reviewedBy("editor", "The " + topic() + " lake dried up");
        given().when().get("/desk/claims/" + claimId).then().statusCode(200)
                .body(not(containsString("translation-panel")));
        Page page = Page.of(claimId);
        assertThat(page.post("/desk/claims/" + claimId + "/translation/link", Map.of("other", "42")).statusCode())
                .isEqualTo(409);
        given().when().get("/desk/claims/" + claimId + "/translation/link").then() // a reload of the address
                .statusCode(200).body(containsString("class=\"claim-text\""));
    }
}
