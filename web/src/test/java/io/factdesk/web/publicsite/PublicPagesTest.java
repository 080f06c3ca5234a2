package io.factdesk.web.publicsite;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.factdesk.web.support.Verdicts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PublicPagesTest {

    @Inject
    Verdicts verdicts;

    private static String slug;

    @BeforeEach
    void publishOnce() {
        if (slug == null) {
            slug = verdicts.publish("The city spent 90 percent of its budget on consultants", "Mayor Jane Roe",
                    "false", "Municipal accounts 2025", "The accounts show **4 percent**, not 90.");
        }
    }

    @Test
    void homeListsTheLatestVerdictWithItsRating() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("/verdicts/" + slug))
                .body(containsString("False"));
    }

    @Test
    void verdictPageShowsClaimEvidenceAndClaimReview() {
        given().when().get("/verdicts/" + slug)
                .then().statusCode(200)
                .body(containsString("Mayor Jane Roe"))
                .body(containsString("Municipal accounts 2025"))
                .body(containsString("<strong>4 percent</strong>"))
                .body(containsString("\"@type\":\"ClaimReview\""))
                .body(containsString("\"alternateName\":\"False\""));
    }

    @Test
    void theJsonLdInThePageHeadIsTheClaimReviewTheApiServes() throws Exception {
        String html = given().when().get("/verdicts/" + slug).then().statusCode(200).extract().asString();
        String jsonLd = org.jsoup.Jsoup.parse(html).selectFirst("script[type=application/ld+json]").data();
        long id = given().when().get("/api/v1/verdicts/by-slug/" + slug).then().statusCode(200)
                .extract().jsonPath().getLong("verdict.verdictId");
        String api = given().when().get("/api/v1/verdicts/" + id + "/claimreview").then().statusCode(200)
                .extract().asString();
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        org.assertj.core.api.Assertions.assertThat(json.readTree(jsonLd)).isEqualTo(json.readTree(api));
    }

    @Test
    void verdictPageAnswers304ToAMatchingConditionalRequest() {
        String etag = given().when().get("/verdicts/" + slug)
                .then().statusCode(200).header("ETag", notNullValue()).header("Last-Modified", notNullValue())
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/verdicts/" + slug)
                .then().statusCode(304);
        String lastModified = given().when().get("/verdicts/" + slug).then().extract().header("Last-Modified");
        given().header("If-Modified-Since", lastModified).when().get("/verdicts/" + slug)
                .then().statusCode(304);
    }

    @Test
    void unknownVerdictIsAFriendlyHtml404() {
        given().when().get("/verdicts/no-such-verdict")
                .then().statusCode(404)
                .contentType(startsWith("text/html"))
                .body(containsString("Page not found"));
    }

    @Test
    void unknownAddressIsAFriendlyHtml404() {
        given().when().get("/no/such/page")
                .then().statusCode(404)
                .contentType(startsWith("text/html"))
                .body(containsString("Page not found"));
    }

    @Test
    void searchFindsByWordsAndFilters() {
        given().queryParam("q", "consultants budget").when().get("/search")
                .then().statusCode(200).body(containsString("/verdicts/" + slug));
        given().queryParam("q", "consultants").queryParam("rating", "true").when().get("/search")
                .then().statusCode(200).body(not(containsString("/verdicts/" + slug)));
        given().queryParam("claimant", "jane roe").queryParam("organisation", "factdesk-demo")
                .queryParam("from", "2020-01-01").when().get("/search")
                .then().statusCode(200).body(containsString("/verdicts/" + slug));
        given().queryParam("to", "2020-01-01").when().get("/search")
                .then().statusCode(200).body(not(containsString("/verdicts/" + slug)));
    }

    @Test
    void searchStillFindsVerdictsWhoseClaimIsReviewedAgain() {
        String reopened = verdicts.publish("Quayside dredging cost twelve billion crowns", "Port authority", "false",
                "Port accounts", "It cost 1.2 billion.");
        String dismissed = verdicts.publish("Quayside pilots earn more than surgeons", "Port authority", "false",
                "Wage survey", "They earn less.");
        verdicts.reopen(reopened, "New accounts were published.");
        verdicts.reopen(dismissed, "A reader sent a newer survey.");
        verdicts.dismiss(dismissed, "The newer survey is not comparable.");

        given().queryParam("q", "quayside").when().get("/search")
                .then().statusCode(200)
                .body(containsString("/verdicts/" + reopened))
                .body(containsString("/verdicts/" + dismissed))
                .body(containsString("Under review"))
                .body(containsString("2 verdicts found"));
        given().queryParam("q", "quayside dredging").queryParam("claimant", "port").when().get("/search")
                .then().statusCode(200).body(containsString("/verdicts/" + reopened))
                .body(not(containsString("/verdicts/" + dismissed)));
    }

    @Test
    void feedAndSitemapListTheVerdict() {
        given().when().get("/feed.atom")
                .then().statusCode(200).contentType(startsWith("application/atom+xml"))
                .body(containsString("/verdicts/" + slug));
        given().when().get("/sitemap.xml")
                .then().statusCode(200).contentType(startsWith("application/xml"))
                .body(containsString("/verdicts/" + slug));
    }

    @Test
    void feedAndSitemapLinkToThePublicAddressWhateverHostTheRequestNames() {
        for (String path : new String[] {"/feed.atom", "/sitemap.xml"}) {
            given().header("Host", "evil.example").when().get(path)
                    .then().statusCode(200).body(containsString("http://localhost:8080/verdicts/" + slug))
                    .body(not(containsString("evil.example")));
        }
    }

    @Test
    void methodologyShowsTheRatingScale() {
        given().when().get("/methodology")
                .then().statusCode(200)
                .body(containsString("Pants on fire"))
                .body(containsString("Nobody approves a review they wrote."));
    }
}
