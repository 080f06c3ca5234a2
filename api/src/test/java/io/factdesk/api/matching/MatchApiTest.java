package io.factdesk.api.matching;

import static io.factdesk.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** Matching through the API: a paraphrase finds the earlier claim; confirm links it, reject hides it. */
@QuarkusTest
class MatchApiTest {

    /** A made-up place name, letters only (numbers change what a claim says), so runs never see each other. */
    static String place() {
        StringBuilder name = new StringBuilder("Q");
        for (int i = 0; i < 7; i++) {
            name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return name + "ville";
    }

    static long claim(String user, String text) {
        return as(user).body(Map.of("text", text)).post("/api/v1/claims").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static List<Long> matchIds(JsonPath matches) {
        return matches.getList("claimId", Long.class);
    }

    @Test
    void aParaphraseFindsTheEarlierClaim() {
        String place = place();
        long earlier = claim("editor", "The mayor of " + place + " said unemployment fell by 3 percent in 2024.");

        JsonPath byText = as("reviewer").queryParam("text", place + "'s mayor claimed unemployment dropped 3 percent "
                + "in 2024").get("/api/v1/matches").then().statusCode(200).extract().jsonPath();
        assertThat(matchIds(byText)).contains(earlier);
        Map<String, Object> first = byText.getMap("find { it.claimId == " + earlier + " }");
        assertThat((Float) first.get("score")).isBetween(0.45f, 1f);
        assertThat(first.get("level")).isIn("SUGGESTED", "LIKELY_DUPLICATE");
        assertThat(first.get("own")).isEqualTo(true);

        long paraphrase = claim("reviewer", place + "'s mayor claimed unemployment dropped 3 percent in 2024.");
        JsonPath byClaim = as("reviewer").get("/api/v1/claims/{id}/matches", paraphrase).then().statusCode(200)
                .extract().jsonPath();
        assertThat(matchIds(byClaim)).contains(earlier).doesNotContain(paraphrase);
    }

    @Test
    void confirmStoresTheDecisionAndLinksTheClaim() {
        String place = place();
        long earlier = claim("editor", "The mayor of " + place + " said crime fell by 12 percent last year.");
        long later = claim("editor", "Crime in " + place + " fell 12 percent last year, said the mayor.");

        as("reviewer").body(Map.of("note", "Same speech")).post("/api/v1/claims/{id}/matches/{m}/confirm", later, earlier)
                .then().statusCode(200).body("decision", equalTo("CONFIRMED")).body("claimId", equalTo((int) later))
                .body("matchedClaimId", equalTo((int) earlier)).body("duplicateOf", equalTo((int) earlier))
                .body("decidedBy", equalTo("reviewer")).body("note", equalTo("Same speech"));

        JsonPath matches = as("editor").get("/api/v1/claims/{id}/matches", later).then().statusCode(200)
                .extract().jsonPath();
        assertThat(matches.getString("find { it.claimId == " + earlier + " }.decision")).isEqualTo("CONFIRMED");
    }

    @Test
    void rejectHidesThePairFromLaterSuggestions() {
        String place = place();
        long earlier = claim("editor", "The governor of " + place + " said the new bridge cost 40 million euros.");
        long later = claim("editor", place + "'s governor said the new bridge cost 40 million euros.");
        assertThat(matchIds(as("reviewer").get("/api/v1/claims/{id}/matches", later).then().statusCode(200)
                .extract().jsonPath())).contains(earlier);

        as("reviewer").body(Map.of()).post("/api/v1/claims/{id}/matches/{m}/reject", later, earlier)
                .then().statusCode(200).body("decision", equalTo("REJECTED")).body("duplicateOf", equalTo(null));

        assertThat(matchIds(as("reviewer").get("/api/v1/claims/{id}/matches", later).then().statusCode(200)
                .extract().jsonPath())).doesNotContain(earlier);
    }

    @Test
    void anotherOrganisationsStaffGetNotFound() {
        String place = place();
        long earlier = claim("editor", "The mayor of " + place + " said rents rose by 9 percent.");
        long later = claim("editor", place + "'s mayor said rents rose 9 percent.");
        long outsiders = claim("outsider", "The mayor of " + place + " said rents rose by 9 percent.");

        as("outsider").get("/api/v1/claims/{id}/matches", later).then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://factdesk.io/problems/not-found"));
        as("outsider").body(Map.of()).post("/api/v1/claims/{id}/matches/{m}/confirm", later, earlier)
                .then().statusCode(404).body("type", equalTo("https://factdesk.io/problems/not-found"));
        // Another organisation's unpublished claim is neither suggested nor linkable.
        assertThat(matchIds(as("outsider").get("/api/v1/claims/{id}/matches", outsiders).then().statusCode(200)
                .extract().jsonPath())).doesNotContain(earlier, later);
        as("outsider").body(Map.of()).post("/api/v1/claims/{id}/matches/{m}/confirm", outsiders, earlier)
                .then().statusCode(404).body("type", equalTo("https://factdesk.io/problems/not-found"));
    }

    @Test
    void refusalsAndInvalidInputAreProblems() {
        long claim = claim("editor", "The mayor of " + place() + " said parks doubled.");
        as("reviewer").body(Map.of()).post("/api/v1/claims/{id}/matches/{m}/confirm", claim, claim)
                .then().statusCode(409).body("type", equalTo("https://factdesk.io/problems/conflict/same-claim"));
        as("reviewer").get("/api/v1/matches").then().statusCode(400)
                .body("type", equalTo("https://factdesk.io/problems/validation"))
                .body("violations[0].field", equalTo("text"));
        as("reviewer").queryParam("text", "parks").queryParam("limit", "500").get("/api/v1/matches")
                .then().statusCode(400).body("violations[0].field", equalTo("limit"));
    }
}
