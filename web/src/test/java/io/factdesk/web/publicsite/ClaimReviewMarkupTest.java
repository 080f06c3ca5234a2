package io.factdesk.web.publicsite;

import static io.factdesk.web.support.DemoLogins.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factdesk.core.claim.ClaimantKind;
import io.factdesk.web.support.Verdicts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The ClaimReview JSON-LD in a verdict page's head, field by field, as Fact Check Explorer reads it. */
@QuarkusTest
class ClaimReviewMarkupTest {

    @Inject
    Verdicts verdicts;

    private static JsonNode jsonLd(String slug) throws Exception {
        String html = given().get("/verdicts/" + slug).then().statusCode(200).extract().asString();
        return new ObjectMapper().readTree(Jsoup.parse(html).selectFirst("script[type=application/ld+json]").data());
    }

    @Test
    void anOrganisationClaimantIsAnOrganizationWithTheClaimsDatesAndAppearances() throws Exception {
        String slug = verdicts.publish("Unemployment in the euro area fell to " + System.nanoTime() + " percent",
                "Eurostat", ClaimantKind.ORGANISATION, "false", "Labour force survey", "It rose.");

        JsonNode review = jsonLd(slug);

        JsonNode item = review.get("itemReviewed");
        assertThat(item.get("author").get("@type").asText()).isEqualTo("Organization");
        assertThat(item.get("author").get("name").asText()).isEqualTo("Eurostat");
        assertThat(item.get("datePublished").asText()).isEqualTo("2026-10-30");
        assertThat(item.get("appearance").get(0).get("url").asText()).isEqualTo("https://news.example.com/story");
        assertThat(item.get("firstAppearance").get("url").asText()).isEqualTo("https://news.example.com/story");
        assertThat(item.get("firstAppearance").get("publisher").get("name").asText()).isEqualTo("Example News");
        JsonNode rating = review.get("reviewRating");
        assertThat(rating.get("worstRating").asInt()).isEqualTo(1);
        assertThat(rating.get("bestRating").asInt()).isGreaterThan(rating.get("worstRating").asInt());
        assertThat(rating.get("ratingValue").asInt()).isBetween(rating.get("worstRating").asInt(),
                rating.get("bestRating").asInt());
    }

    @Test
    void aPersonWithAnOrganisationWordStaysAPersonWhenStaffSaySo() throws Exception {
        String slug = verdicts.publish("The harbour was built in " + System.nanoTime() + " days", "Jane Press",
                ClaimantKind.PERSON, "false", "Harbour records", "It took years.");

        assertThat(jsonLd(slug).get("itemReviewed").get("author").get("@type").asText()).isEqualTo("Person");
    }

    @Test
    void theApiStoresAndReturnsTheClaimantKind() {
        long id = as("reviewer").body(Map.of("text", "Exports doubled " + System.nanoTime(), "claimant", "Eurostat",
                        "claimantKind", "ORGANISATION"))
                .post("/api/v1/claims").then().statusCode(201).body("claimantKind", equalTo("ORGANISATION"))
                .extract().jsonPath().getLong("id");
        as("reviewer").get("/api/v1/claims/{id}", id).then().statusCode(200)
                .body("claimantKind", equalTo("ORGANISATION"));

        as("reviewer").body(Map.of("text", "Exports doubled", "claimantKind", "COMPANY"))
                .post("/api/v1/claims").then().statusCode(400)
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"));
    }
}
