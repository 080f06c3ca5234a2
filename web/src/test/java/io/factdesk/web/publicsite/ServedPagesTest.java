package io.factdesk.web.publicsite;

import static io.factdesk.web.support.ManagementPort.management;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.factdesk.web.support.Verdicts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Public pages as production serves them: last-change times remembered for a moment, and repeated reads answered
 * from memory ({@code web.caching.ServedPages}). The answers must be exactly what the page itself answers.
 */
@QuarkusTest
@TestProfile(ServedPagesTest.RememberedVersions.class)
class ServedPagesTest {

    /** Production's one second, so a new revision must show within it. */
    public static class RememberedVersions implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("factdesk.public-cache.version-ttl", "1S");
        }
    }

    @Inject
    Verdicts verdicts;

    @Test
    void repeatedReadsGetTheSameBytesAndHeadersWithoutACsrfCookie() {
        String slug = verdicts.publish("Bridge tolls paid for the whole stadium", "Councillor Ann Vale", "false",
                "City budget 2025", "The tolls covered **2 percent** of it.");
        ExtractableResponse<Response> first = given().get("/verdicts/" + slug).then().statusCode(200).extract();
        for (int i = 0; i < 5; i++) {
            ExtractableResponse<Response> again = given().get("/verdicts/" + slug).then().statusCode(200).extract();
            assertThat(again.asByteArray()).isEqualTo(first.asByteArray());
            for (String header : new String[] {"Content-Type", "ETag", "Last-Modified", "Cache-Control"}) {
                assertThat(again.header(header)).as(header).isNotNull().isEqualTo(first.header(header));
            }
            assertThat(again.headers().hasHeaderWithName("Set-Cookie")).isFalse();
            assertThat(again.header("Content-Security-Policy")).as("CSP from memory").contains("default-src 'self'");
            assertThat(again.header("X-Content-Type-Options")).as("nosniff from memory").isEqualTo("nosniff");
        }
        assertThat(first.headers().hasHeaderWithName("Set-Cookie")).as("public pages set no CSRF cookie").isFalse();
        assertThat(first.body().asString()).contains("<strong>2 percent</strong>");
    }

    /**
     * A page is kept once, as the UTF-8 bytes that are sent, and both caches answer from them: text beyond
     * Latin-1 (a Ukrainian page, a dash in a claim) must reach every reader intact, rendered or from memory.
     */
    @Test
    void pagesBeyondLatin1AreTheSameBytesRenderedAndFromMemory() {
        String slug = verdicts.publish("Гривня впала на 40 відсотків — за один тиждень", "Депутат Олена Коваль",
                "false", "Курси НБУ", "Курс змінився на **2 відсотки**.");
        ExtractableResponse<Response> first = given().header("Accept-Language", "uk").get("/verdicts/" + slug)
                .then().statusCode(200).extract();
        String text = new String(first.asByteArray(), StandardCharsets.UTF_8);
        assertThat(text).contains("Гривня впала на 40 відсотків — за один тиждень", "<html lang=\"uk\"");
        for (int i = 0; i < 3; i++) {
            ExtractableResponse<Response> again = given().header("Accept-Language", "uk").get("/verdicts/" + slug)
                    .then().statusCode(200).extract();
            assertThat(again.asByteArray()).isEqualTo(first.asByteArray());
            assertThat(again.header("Content-Length")).isEqualTo(Integer.toString(first.asByteArray().length));
        }
        byte[] english = given().header("Accept-Language", "en").get("/verdicts/" + slug).then().statusCode(200)
                .extract().asByteArray();
        assertThat(english).isNotEqualTo(first.asByteArray());
        assertThat(new String(english, StandardCharsets.UTF_8))
                .contains("Гривня впала на 40 відсотків — за один тиждень", "<html lang=\"en\"");
    }

    @Test
    void pagesAnsweredFromMemoryAreCountedUnderTheirRouteTemplate() {
        String slug = verdicts.publish("Night buses run every five minutes", "Transit Authority", "false",
                "Timetable 2025", "Every twenty minutes.");
        for (int i = 0; i < 5; i++) {
            given().get("/verdicts/" + slug).then().statusCode(200);
        }
        String metrics = management().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("uri=\"/verdicts/{slug}\"").doesNotContain("uri=\"/verdicts/" + slug + "\"");
    }

    @Test
    void conditionalReadsOfARememberedPageGet304() {
        String slug = verdicts.publish("Ferry fares tripled in a year", "Harbour Board", "false",
                "Fare tables 2024-2025", "Fares rose by a tenth.");
        String etag = given().get("/verdicts/" + slug).then().statusCode(200).extract().header("ETag");
        String lastModified = given().get("/verdicts/" + slug).then().statusCode(200).extract()
                .header("Last-Modified");
        given().header("If-None-Match", etag).get("/verdicts/" + slug)
                .then().statusCode(304).header("ETag", etag).body(emptyOrNullString());
        given().header("If-None-Match", "\"other\", " + etag).get("/verdicts/" + slug).then().statusCode(304);
        given().header("If-None-Match", "\"other\"").get("/verdicts/" + slug)
                .then().statusCode(200).body(containsString("Ferry fares"));
        given().header("If-Modified-Since", lastModified).get("/verdicts/" + slug).then().statusCode(304);
        given().header("If-Modified-Since", "Sat, 01 Jan 2000 00:00:00 GMT").get("/verdicts/" + slug)
                .then().statusCode(200);
    }

    @Test
    void aCorrectionShowsWithinTheRememberedMoment() throws InterruptedException {
        String slug = verdicts.publish("The new tram line carries a million riders a day", "Transit Authority",
                "false", "Ridership report", "About 40,000 a day.");
        for (int i = 0; i < 3; i++) {
            given().get("/verdicts/" + slug).then().statusCode(200).body(not(containsString("Ridership recounted")));
        }
        verdicts.correct(slug, "Ridership recounted by the authority.", "false");
        long deadline = System.nanoTime() + 5_000_000_000L;
        String body = "";
        while (System.nanoTime() < deadline && !body.contains("Ridership recounted")) {
            body = given().get("/verdicts/" + slug).then().statusCode(200).extract().asString();
            Thread.sleep(100);
        }
        assertThat(body).contains("Ridership recounted by the authority.");
    }

    @Test
    void searchAndHomeAreServedTheSameWayAndUnknownPagesStill404() {
        verdicts.publish("Tax on fuel doubled last spring", "Opposition leader", "false", "Excise tables",
                "It rose by 3 percent.");
        String first = given().get("/search?q=fuel").then().statusCode(200).extract().asString();
        assertThat(given().get("/search?q=fuel").then().statusCode(200).extract().asString()).isEqualTo(first);
        assertThat(first).contains("Tax on fuel doubled");
        given().get("/search?q=stadium+tolls").then().statusCode(200).body(not(containsString("Tax on fuel")));
        given().get("/").then().statusCode(200).header("Set-Cookie", org.hamcrest.Matchers.nullValue());
        given().get("/verdicts/no-such-verdict").then().statusCode(404).body(containsString("Page not found"));
    }

    @Test
    void pagesWithFormsStillGetTheirCsrfCookie() {
        given().get("/tips/new").then().statusCode(200).header("Set-Cookie", containsString("factdesk-csrf="))
                .body(containsString("name=\"csrf-token\""));
        given().head("/").then().statusCode(200).header("ETag", notNullValue())
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
    }
}
