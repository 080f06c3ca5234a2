package io.factdesk.web.i18n;

import static io.factdesk.api.support.Api.anonymous;
import static io.factdesk.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.factdesk.api.problem.ProblemType;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** API problems keep their type and status in every language; the title follows Accept-Language. */
@QuarkusTest
class ProblemLanguageTest {

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
