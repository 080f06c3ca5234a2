package io.factdesk.web.i18n;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.factdesk.core.organisation.Organisation;
import io.factdesk.verification.demo.DemoData;
import io.factdesk.web.support.Verdicts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Pages in Ukrainian: chosen by the switch (and remembered), by Accept-Language, or by the organisation's default
 * on the desk; with {@code <html lang>}, hreflang alternates, Ukrainian dates and plural forms, and a sitemap
 * listing both languages.
 */
@QuarkusTest
class UkrainianPagesTest {

    @Inject
    Verdicts verdicts;

    @Test
    void acceptLanguageGivesUkrainianPagesAndEnglishStaysTheFallback() {
        given().header("Accept-Language", "uk-UA,uk;q=0.9,en;q=0.5").get("/")
                .then().statusCode(200)
                .body(containsString("<html lang=\"uk\">"))
                .body(containsString("Останні вердикти"))
                .header("Vary", containsString("Accept-Language"));
        given().header("Accept-Language", "de-DE,de;q=0.9").get("/")
                .then().statusCode(200).body(containsString("<html lang=\"en\">"))
                .body(containsString("Latest verdicts"));
        given().header("Accept-Language", "en;q=0.9,uk;q=0.8").get("/methodology")
                .then().statusCode(200).body(containsString("<html lang=\"en\">"));
    }

    @Test
    void theSwitchIsRememberedAndBeatsTheBrowser() {
        Response switched = given().header("Accept-Language", "en").redirects().follow(false)
                .get("/methodology?lang=uk");
        switched.then().statusCode(200).body(containsString("<html lang=\"uk\">"))
                .body(containsString("Як ми перевіряємо твердження"));
        assertThat(switched.getCookie("lang")).isEqualTo("uk");
        assertThat(switched.getDetailedCookie("lang").isHttpOnly()).isTrue();

        given().header("Accept-Language", "en").cookie("lang", "uk").get("/search")
                .then().statusCode(200).body(containsString("<html lang=\"uk\">"))
                .body(containsString("Пошук вердиктів"));
        given().cookie("lang", "uk").get("/search?lang=en")
                .then().statusCode(200).body(containsString("<html lang=\"en\">"));
        given().cookie("lang", "xx-nonsense").header("Accept-Language", "uk").get("/search")
                .then().statusCode(200).body(containsString("<html lang=\"uk\">"));
        given().get("/search?lang=%3Cscript%3E")
                .then().statusCode(200).body(containsString("<html lang=\"en\">"))
                .body(not(containsString("<script>")));
    }

    @Test
    void publicPagesLinkBothLanguagesAndTheSwitchKeepsTheQuery() {
        Document page = Jsoup.parse(given().get("/search?q=drones&lang=uk").then().statusCode(200)
                .extract().asString());
        assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("hreflang")).containsExactly("en", "uk");
        assertThat(page.selectFirst("link[hreflang=uk]").attr("href")).startsWith("http")
                .endsWith("/search?q=drones&lang=uk");
        assertThat(page.selectFirst("nav.language a").attr("href")).isEqualTo("/search?q=drones&lang=en");
        assertThat(page.selectFirst("nav.language a").text()).isEqualTo("English");
        assertThat(page.selectFirst("nav.language a").attr("lang")).isEqualTo("en");
    }

    @Test
    void aVerdictReadsInUkrainianWithUkrainianDatesAndTheCacheKeepsLanguagesApart() {
        String slug = verdicts.publish("Tram fares doubled " + UUID.randomUUID(), "Councillor", "false",
                "Fare tables", "The fares rose by a tenth.");
        String english = given().get("/verdicts/" + slug).then().statusCode(200).extract().asString();
        String ukrainian = given().header("Accept-Language", "uk").get("/verdicts/" + slug)
                .then().statusCode(200).extract().asString();
        String englishAgain = given().get("/verdicts/" + slug).then().statusCode(200).extract().asString();
        assertThat(english).contains("<html lang=\"en\">").contains("Our explanation");
        assertThat(ukrainian).contains("<html lang=\"uk\">").contains("Наше пояснення").contains("Докази")
                .doesNotContain("Our explanation");
        assertThat(englishAgain).isEqualTo(english);
        int year = java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear();
        String month = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("uk"))
                .format(java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        assertThat(ukrainian).contains(month).contains(String.valueOf(year));
        assertThat(month).doesNotContainPattern("[A-Za-z]");
    }

    @Test
    void theSitemapListsBothLanguagesWithAlternates() {
        String slug = verdicts.publish("Bridge tolls tripled " + UUID.randomUUID(), "Mayor", "false",
                "Toll register", "Tolls rose by a third.");
        given().get("/sitemap.xml").then().statusCode(200)
                .body(containsString("/verdicts/" + slug + "?lang=en</loc>"))
                .body(containsString("/verdicts/" + slug + "?lang=uk</loc>"))
                .body(containsString("hreflang=\"uk\""))
                .body(containsString("/methodology?lang=uk</loc>"));
    }

    @Test
    void searchCountsFollowUkrainianPluralRules() {
        String word = "Zq" + UUID.randomUUID().toString().substring(0, 6);
        verdicts.publish("Ferry " + word + " fares rose", "Ferry office", "false", "Ferry tables", "They fell.");
        verdicts.publish("Ferry " + word + " crossings halved", "Ferry office", "false", "Ferry logs", "They did not.");
        given().header("Accept-Language", "uk").get("/search?q=" + word)
                .then().statusCode(200).body(containsString("Знайдено 2 вердикти"));
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void theDeskFallsBackToTheOrganisationsDefaultLanguage() {
        setDefault("uk");
        try {
            given().get("/desk").then().statusCode(200)
                    .body(containsString("<html lang=\"uk\">")).body(containsString("Мої твердження"))
                    .body(not(containsString("hreflang=\"en\" href")));
            given().header("Accept-Language", "en-GB").get("/desk").then().statusCode(200)
                    .body(containsString("<html lang=\"en\">")).body(containsString("My claims"));
        } finally {
            setDefault("en");
        }
        given().get("/desk").then().statusCode(200).body(containsString("<html lang=\"en\">"));
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void errorPagesSpeakTheChosenLanguage() {
        given().cookie("lang", "uk").get("/desk/claims/987654321")
                .then().statusCode(404).body(containsString("Сторінку не знайдено"));
    }

    private static void setDefault(String language) {
        QuarkusTransaction.requiringNew().run(() -> Organisation.findBySlug(DemoData.DEMO_ORGANISATION)
                .orElseThrow().defaultLanguage = language);
    }
}
