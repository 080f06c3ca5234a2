package io.factdesk.web.i18n;

import static io.factdesk.web.support.DemoLogins.anonymous;
import static io.factdesk.web.support.DemoLogins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.factdesk.api.problem.ProblemType;
import io.factdesk.web.support.Verdicts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
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
    void aRefusalThatNamesALoginReadsInTheCallersLanguage() {
        long adminId = as("admin").get("/api/v1/staff").then().statusCode(200).extract().jsonPath()
                .getLong("members.find { it.username == 'admin' }.id");
        as("admin").header("Accept-Language", "uk").delete("/api/v1/staff/" + adminId)
                .then().statusCode(409)
                .body("type", equalTo("https://factdesk.io/problems/conflict/last-admin"))
                .body("detail", equalTo("admin — останній адміністратор організації: спершу зробіть "
                        + "адміністратором когось іншого."));
        as("admin").header("Accept-Language", "en").delete("/api/v1/staff/" + adminId)
                .then().statusCode(409)
                .body("detail", equalTo("admin is the organisation's last admin: make someone else an admin first."));
        as("admin").header("Accept-Language", "uk").body(Map.of("login", "editor", "roles", List.of("reviewer")))
                .post("/api/v1/staff/invitations")
                .then().statusCode(409).body("detail", equalTo("editor вже працює в організації або запрошений до неї."));
    }

    @Test
    void whatAWorkflowRuleSaysAboutTheCaseReadsInTheCallersLanguage() {
        long claimId = as("reviewer").body(Map.of("text", "The Qzv" + System.nanoTime() + " dam cost a billion"))
                .post("/api/v1/claims").then().statusCode(201).extract().jsonPath().getLong("id");
        as("editor").header("Accept-Language", "uk").post("/api/v1/claims/{id}/transitions/approve", claimId)
                .then().statusCode(409)
                .body("code", equalTo("wrong-state"))
                .body("detail", equalTo("Ця дія неможлива в поточному стані твердження. Стан твердження: «Надійшло»."));
        as("editor").post("/api/v1/claims/{id}/transitions/approve", claimId)
                .then().statusCode(409)
                .body("detail", equalTo("This action is not possible in the claim's current state. "
                        + "The claim is submitted."));
    }

    @Test
    void aFieldTheServicesRefuseIsExplainedInTheCallersLanguage() {
        String tooLong = "x".repeat(301);
        as("editor").header("Accept-Language", "uk").queryParam("claimant", tooLong).get("/api/v1/claims")
                .then().statusCode(400)
                .body("detail", equalTo("Запит містить недійсні поля."))
                .body("violations[0].field", equalTo("claimant"))
                .body("violations[0].message", equalTo("має містити не більше 300 символів"));
        as("editor").queryParam("claimant", tooLong).get("/api/v1/claims")
                .then().statusCode(400)
                .body("violations[0].message", equalTo("must be at most 300 characters"));
    }

    @Test
    void beanValidationMessagesFollowAcceptLanguage() {
        as("reviewer").header("Accept-Language", "uk").body(Map.of("text", " ")).post("/api/v1/claims")
                .then().statusCode(400)
                .body("detail", equalTo("Запит містить недійсні поля."))
                .body("violations.find { it.field == 'text' }.message", equalTo("не може бути пустим"));
        as("reviewer").header("Accept-Language", "en-GB,en;q=0.8").body(Map.of("text", " ")).post("/api/v1/claims")
                .then().statusCode(400)
                .body("detail", equalTo("The request has invalid fields."))
                .body("violations.find { it.field == 'text' }.message", equalTo("must not be blank"));
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
