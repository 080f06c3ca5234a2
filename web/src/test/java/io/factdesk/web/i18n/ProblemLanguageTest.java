package io.factdesk.web.i18n;

import static io.factdesk.web.support.DemoLogins.anonymous;
import static io.factdesk.web.support.DemoLogins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.factdesk.api.problem.ProblemType;
import io.factdesk.web.support.Verdicts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * API problems keep their type, status and code in every language; the title follows Accept-Language, and so does
 * the detail of a refusal, in the words the pages use (one bundle for both channels).
 */
@QuarkusTest
class ProblemLanguageTest {

    @Inject
    Verdicts verdicts;

    @Test
    void theDetailOfARefusalFollowsAcceptLanguage() {
        as("editor").header("Accept-Language", "uk").get("/api/v1/claims/987654321987")
                .then().statusCode(404)
                .body("type", equalTo("https://factdesk.io/problems/not-found"))
                .body("detail", equalTo("Тут нічого немає, або це не для ваших очей."));
        as("editor").get("/api/v1/claims/987654321987")
                .then().statusCode(404).body("detail", equalTo("There is no claim 987654321987."));

        String slug = verdicts.publish("The Qzv" + System.nanoTime() + " lake holds a billion litres", "A blog",
                "false", "Lake survey", "It holds a tenth.");
        long id = anonymous().get("/api/v1/verdicts/by-slug/" + slug).then().statusCode(200)
                .extract().jsonPath().getLong("verdict.verdictId");
        as("editor").header("Accept-Language", "uk,en;q=0.5").body(Map.of("verdictId", id))
                .put("/api/v1/verdicts/{id}/translation-of", id)
                .then().statusCode(409)
                .body("type", equalTo("https://factdesk.io/problems/conflict/same-verdict"))
                .body("code", equalTo("same-verdict"))
                .body("title", equalTo("Запит суперечить поточному стану"))
                .body("detail", equalTo("Вердикт не може бути перекладом самого себе."));
        as("editor").body(Map.of("verdictId", id)).put("/api/v1/verdicts/{id}/translation-of", id)
                .then().statusCode(409).body("detail", equalTo("A verdict cannot be its own translation."));
    }

    @Test
    void theTitleFollowsAcceptLanguage() {
        anonymous().header("Accept-Language", "uk-UA,uk;q=0.9").get("/api/v1/verdicts/abc")
                .then().statusCode(404)
                .body("type", equalTo("https://factdesk.io/problems/not-found"))
                .body("title", equalTo("Не знайдено"));
        anonymous().get("/api/v1/verdicts/abc")
                .then().statusCode(404).body("title", equalTo("Not found"));
        as("editor").header("Accept-Language", "uk").queryParam("size", "1000").get("/api/v1/claims")
                .then().statusCode(400)
                .body("type", equalTo("https://factdesk.io/problems/validation"))
                .body("title", equalTo("Запит недійсний"));
    }

    @Test
    void everyProblemTypeHasAUkrainianTitle() {
        ResourceBundle uk = ResourceBundle.getBundle("io.factdesk.api.problem.problems", Locale.forLanguageTag("uk"),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        for (ProblemType type : ProblemType.values()) {
            assertThat(uk.containsKey(type.slug())).as(type.slug()).isTrue();
            assertThat(uk.getString(type.slug())).as(type.slug()).isNotBlank().isNotEqualTo(type.englishTitle());
        }
        assertThat(uk.keySet()).hasSize(ProblemType.values().length);
    }
}
