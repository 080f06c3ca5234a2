package io.factdesk.web.publicsite;

import static io.factdesk.web.support.DemoLogins.anonymous;
import static io.factdesk.web.support.DemoLogins.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.factdesk.web.support.Verdicts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A verdict in Ukrainian next to its English translation: the page marks its content's language, names the
 * rating in it, offers the other language, and the public search finds both by a name in either script and
 * filters by language.
 */
@QuarkusTest
class ContentLanguagePagesTest {

    @Inject
    Verdicts verdicts;

    private final String word = "zq" + UUID.randomUUID().toString().replace("-", "").replaceAll("[0-9]", "x")
            .substring(0, 10);

    private static long idOf(String slug) {
        return anonymous().when().get("/api/v1/verdicts/by-slug/" + slug).then().statusCode(200)
                .extract().jsonPath().getLong("verdict.verdictId");
    }

    @Test
    void readersSwitchBetweenTheTwoLanguagesAndSearchAcrossScripts() {
        String english = verdicts.publish("Zelenskyy bought a " + word + " villa in Tuscany for 7 million euros.",
                "A blog", "false", "Land registry of Tuscany", "No such purchase is registered.");
        String ukrainian = verdicts.publishIn("uk", "Зеленський купив віллу " + word + " в Тоскані за 7 мільйонів євро.",
                "Блог", null, "false", "Земельний реєстр Тоскани", "Такої купівлі не зареєстровано.");
        long englishId = idOf(english);
        long ukrainianId = idOf(ukrainian);

        as("reviewer").body(Map.of("verdictId", englishId))
                .when().put("/api/v1/verdicts/{id}/translation-of", ukrainianId).then().statusCode(403);
        as("editor").body(Map.of("verdictId", ukrainianId))
                .when().put("/api/v1/verdicts/{id}/translation-of", ukrainianId).then().statusCode(409);
        as("editor").body(Map.of("verdictId", englishId))
                .when().put("/api/v1/verdicts/{id}/translation-of", ukrainianId).then().statusCode(204);
        anonymous().when().get("/api/v1/verdicts/{id}/translations", englishId).then().statusCode(200)
                .body("[0].slug", equalTo(ukrainian)).body("[0].language", equalTo("uk"));

        given().when().get("/verdicts/" + ukrainian).then().statusCode(200)
                .body(containsString("<h1 lang=\"uk\">"))
                .body(containsString("hreflang=\"en\" href=\"/verdicts/" + english + "\""))
                .body(containsString("href=\"/verdicts/" + english + "\" hreflang=\"en\" lang=\"en\">English</a>"))
                .body(containsString("Неправда"))
                .body(containsString("Неправда: Твердження неточне."))
                .body(containsString("\"inLanguage\":\"uk\""))
                .body(containsString("\"alternateName\":\"Неправда\""));
        given().when().get("/verdicts/" + english).then().statusCode(200)
                .body(containsString("False: The statement is not accurate."))
                .body(containsString("lang=\"uk\">Українська</a>"))
                .body(containsString("\"alternateName\":\"False\""));

        given().queryParam("q", "Зеленський " + word).when().get("/search").then().statusCode(200)
                .body(containsString("/verdicts/" + english)).body(containsString("/verdicts/" + ukrainian));
        given().queryParam("q", "Зеленського " + word).queryParam("language", "uk").when().get("/search")
                .then().statusCode(200)
                .body(containsString("/verdicts/" + ukrainian)).body(not(containsString("/verdicts/" + english)))
                .body(containsString("<option value=\"uk\" lang=\"uk\" selected>Українська</option>"));
        anonymous().queryParam("q", "Zelenskiy " + word).queryParam("language", "en")
                .when().get("/api/v1/search").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].slug", equalTo(english))
                .body("items[0].language", equalTo("en"));
    }
}
