package io.factdesk.api.claim;

import static io.factdesk.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/claims} searches the organisation's claims in every state with the desk list's filters. */
@QuarkusTest
class ClaimListApiTest {

    private static final String PROBLEMS = "https://factdesk.io/problems/";

    /** A made-up word, letters only, so runs never see each other's claims. */
    private static String word() {
        StringBuilder name = new StringBuilder("qx");
        for (int i = 0; i < 8; i++) {
            name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return name.toString();
    }

    private static long claim(String user, String text, String claimant) {
        return as(user).body(Map.of("text", text, "claimant", claimant)).post("/api/v1/claims").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    private static List<Long> ids(String user, Map<String, String> query) {
        return as(user).queryParams(query).get("/api/v1/claims").then().statusCode(200).extract().jsonPath()
                .getList("items.id", Long.class);
    }

    @Test
    void filtersCombineAndDismissedClaimsAreListed() {
        String word = word();
        long first = claim("editor", "The " + word + " ferries carried 2 million people", "Harbour Office");
        long second = claim("editor", "The " + word + " bridge carried 9 million cars", "Road Agency");
        as("editor").body(Map.of("reason", "Out of scope")).post("/api/v1/claims/{id}/transitions/dismiss", second)
                .then().statusCode(200);
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        assertThat(ids("reviewer", Map.of("q", word + " ferry"))).containsExactly(first);
        assertThat(ids("reviewer", Map.of("q", word, "state", "dismissed"))).containsExactly(second);
        assertThat(ids("reviewer", Map.of("q", word, "claimant", "harbour"))).containsExactly(first);
        assertThat(ids("reviewer", Map.of("q", word, "from", today, "to", today, "sort", "oldest")))
                .containsExactly(first, second);
        assertThat(ids("reviewer", Map.of("q", word, "tag", "nothing-tagged-so"))).isEmpty();
        assertThat(ids("reviewer", Map.of("q", word, "rating", "false"))).isEmpty();
    }

    @Test
    void anotherOrganisationsClaimsAreNeverListed() {
        String word = word();
        long ours = claim("editor", "Rents " + word + " rose 9 percent", "Mayor");
        long theirs = claim("outsider", "Rents " + word + " rose 9 percent", "Mayor");
        assertThat(ids("reviewer", Map.of("q", word))).containsExactly(ours);
        assertThat(ids("outsider", Map.of("q", word))).containsExactly(theirs);
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        for (Map.Entry<String, String> bad : Map.of("sort", "sideways", "from", "yesterday", "tag", "t".repeat(61),
                "claimant", "c".repeat(301), "state", "FINISHED").entrySet()) {
            as("editor").queryParam(bad.getKey(), bad.getValue()).get("/api/v1/claims").then().statusCode(400)
                    .contentType("application/problem+json").body("type", equalTo(PROBLEMS + "validation"))
                    .body("violations.field", hasItem(bad.getKey()));
        }
        as("editor").queryParam("from", "2026-02-01").queryParam("to", "2026-01-01").get("/api/v1/claims").then()
                .statusCode(400).body("violations.field", hasItem("to"));
    }
}
