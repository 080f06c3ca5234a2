package io.factdesk.web.desk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.factdesk.web.support.Verdicts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The desk's claim list: search in every state, friendly refusals of bad filters, bulk actions that post with CSRF,
 * answer 303 to the same filtered list and are allowed per role, saved filters, claim tags, and the new-claim form
 * with its check for earlier checks before anything is saved.
 */
@QuarkusTest
class ClaimListPagesTest {

    @Inject
    Verdicts verdicts;

    private record Csrf(String cookie, String token) {
    }

    private static String word() {
        StringBuilder name = new StringBuilder("qz");
        for (int i = 0; i < 8; i++) {
            name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return name.toString();
    }

    private static long claim(String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text, "claimant", "Port Authority"))
                .post("/api/v1/claims").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long idOf(String word) {
        return given().queryParam("q", word).get("/api/v1/claims").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
    }

    private static String stateOf(long id) {
        return given().get("/api/v1/claims/{id}", id).then().statusCode(200).extract().jsonPath().getString("state");
    }

    private static Csrf csrf() {
        Response page = given().get("/desk/claims");
        page.then().statusCode(200);
        return new Csrf(page.getCookie("factdesk-csrf"),
                page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value"));
    }

    private static RequestSpecification form(Csrf csrf) {
        return given().redirects().follow(false).cookie("factdesk-csrf", csrf.cookie())
                .formParam("csrf-token", csrf.token());
    }

    private static String location(io.restassured.response.ValidatableResponse response) {
        String location = response.statusCode(303).extract().header("Location");
        return location.substring(location.indexOf("/desk/"));
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void aPublishedClaimIsFoundByAWordAndLinksToItsPage() {
        String word = word();
        verdicts.publish("The " + word + " ferries carried 2 million people in 2025", "Harbour Office", "false",
                "Harbour annual report", "The report shows half that number.");
        long id = idOf(word);

        String html = given().queryParam("q", word + " ferry").get("/desk/claims").then().statusCode(200)
                .extract().asString();
        assertThat(html).contains("href=\"/desk/claims/" + id + "\"").contains("RATED").contains("1 matching claim<")
                .contains("<a href=\"/desk/claims\">All claims</a>");
        given().queryParam("q", word).queryParam("state", "SUBMITTED").get("/desk/claims").then().statusCode(200)
                .body(containsString("No claim matches this filter."));
        given().queryParam("q", word).queryParam("rating", "false").get("/desk/claims").then().statusCode(200)
                .body(containsString("href=\"/desk/claims/" + id + "\""));
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void theListAndTheApiFindClaimsAcrossScripts() {
        String word = word();
        long english = claim("Zelenskyy visited the " + word + " shipyard in Mykolaiv");
        long ukrainian = claim("Свириденко відкрила " + word + " завод у Львові");

        given().queryParam("q", "Зеленський " + word).get("/api/v1/claims").then().statusCode(200)
                .body("items.id", contains((int) english));
        given().queryParam("q", "Svyridenko " + word).get("/api/v1/claims").then().statusCode(200)
                .body("items.id", contains((int) ukrainian));
        given().queryParam("q", "Зеленського " + word).get("/desk/claims").then().statusCode(200)
                .body(containsString("href=\"/desk/claims/" + english + "\""))
                .body(not(containsString("href=\"/desk/claims/" + ukrainian + "\"")));
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void aBadFilterGetsAFriendly400PageThatKeepsTheForm() {
        given().queryParam("state", "FINISHED").queryParam("q", "ferry").get("/desk/claims").then().statusCode(400)
                .contentType(startsWith("text/html")).body(containsString("This filter cannot be used"))
                .body(containsString("value=\"ferry\""));
        given().queryParam("from", "2026-02-01").queryParam("to", "2026-01-01").get("/desk/claims").then()
                .statusCode(400).body(containsString("must not be before from"));
        given().queryParam("page", "0").get("/desk/claims").then().statusCode(400);
        given().queryParam("q", "x".repeat(501)).get("/desk/claims").then().statusCode(400);
        given().cookie("lang", "uk").queryParam("claimant", "x".repeat(301)).get("/desk/claims").then()
                .statusCode(400).body(containsString("Цей фільтр не можна застосувати: має містити не більше 300 символів"));
        given().cookie("lang", "uk").queryParam("from", "2026-02-01").queryParam("to", "2026-01-01")
                .get("/desk/claims").then().statusCode(400)
                .body(containsString("не може бути раніше за початкову дату"));
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void aReviewerTagsSelectedClaimsAndReturnsToTheSameFilteredList() {
        String word = word();
        long first = claim("The " + word + " port handled 5 million tonnes");
        long second = claim("The " + word + " port handled 6 million tonnes");
        Csrf csrf = csrf();

        String back = location(form(csrf).formParam("claim", first, second).formParam("new-tag", "Ports " + word)
                .formParam("q", word).post("/desk/claims/bulk/tag").then());
        assertThat(back).isEqualTo("/desk/claims?q=" + word + "&done=tagged&count=2");
        given().urlEncodingEnabled(false).get(back).then().statusCode(200)
                .body(containsString("Tagged: 2.")).body(containsString("Ports " + word));

        String again = location(form(csrf).formParam("claim", first).formParam("new-tag", "ports " + word)
                .formParam("q", word).post("/desk/claims/bulk/tag").then());
        assertThat(again).endsWith("&done=tagged&count=0&refused=" + first + ":already-tagged");
        given().urlEncodingEnabled(false).get(again).then().statusCode(200)
                .body(containsString("Claim " + first + ": It already has this tag."));

        given().queryParam("tag", "PORTS " + word).get("/desk/claims").then().statusCode(200)
                .body(containsString("2 matching claims"));
        String nothing = location(form(csrf).formParam("new-tag", "x").formParam("q", word)
                .post("/desk/claims/bulk/tag").then());
        assertThat(nothing).endsWith("problem=none-selected");
        given().urlEncodingEnabled(false).get(nothing).then().statusCode(200)
                .body(containsString("Select at least one claim first."));
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void aReviewerMayNotAssignOrDismissInBulk() {
        long claim = claim("The " + word() + " canal is 80 km long");
        Csrf csrf = csrf();
        form(csrf).formParam("claim", claim).formParam("reason", "Out of scope").post("/desk/claims/bulk/dismiss")
                .then().statusCode(403);
        form(csrf).formParam("claim", claim).formParam("assignee", "reviewer").post("/desk/claims/bulk/assign")
                .then().statusCode(403);
        assertThat(stateOf(claim)).isEqualTo("SUBMITTED");
        assertThat(given().get("/desk/claims").asString()).doesNotContain("formaction=\"/desk/claims/bulk/dismiss\"");
    }

    @Test
    @TestSecurity(user = "editor", roles = {"reviewer", "editor"})
    void anEditorDismissesInBulkAndEachRefusalIsNamed() {
        String word = word();
        long open = claim("The " + word + " tunnel cost 1 billion euros");
        verdicts.publish("The " + word + " tunnel opened in 2019", "Road Agency", "false", "Opening report",
                "It opened in 2021.");
        long published = given().queryParam("q", word).queryParam("state", "RATED").get("/api/v1/claims").then()
                .extract().jsonPath().getLong("items[0].id");
        Csrf csrf = csrf();

        String back = location(form(csrf).formParam("claim", open, published).formParam("reason", "Out of scope")
                .formParam("q", word).formParam("sort", "oldest").post("/desk/claims/bulk/dismiss").then());
        assertThat(back).isEqualTo("/desk/claims?q=" + word + "&sort=oldest&done=dismissed&count=1&refused="
                + published + ":wrong-state");
        given().urlEncodingEnabled(false).get(back).then().statusCode(200).body(containsString("Dismissed: 1."))
                .body(containsString("Refused: 1."))
                .body(containsString("Claim " + published + ": This action is not possible in the claim"));
        assertThat(stateOf(open)).isEqualTo("DISMISSED");
        assertThat(stateOf(published)).isEqualTo("RATED");

        long another = claim("The " + word + " tunnel is 9 km long");
        String assigned = location(form(csrf).formParam("claim", another).formParam("assignee", "reviewer")
                .post("/desk/claims/bulk/assign").then());
        assertThat(assigned).isEqualTo("/desk/claims?done=assigned&count=1");
        assertThat(stateOf(another)).isEqualTo("IN_REVIEW");
        assertThat(location(form(csrf).formParam("claim", another).formParam("reason", " ")
                .post("/desk/claims/bulk/dismiss").then())).endsWith("problem=reason");
    }

    @Test
    @TestSecurity(user = "editor", roles = {"reviewer", "editor"})
    void bulkActionsAndSavingNeedTheCsrfToken() {
        long claim = claim("The " + word() + " lake is 30 m deep");
        given().redirects().follow(false).formParam("claim", claim).formParam("reason", "x")
                .post("/desk/claims/bulk/dismiss").then().statusCode(400);
        given().redirects().follow(false).formParam("name", "x").post("/desk/claims/filters").then().statusCode(400);
        assertThat(stateOf(claim)).isEqualTo("SUBMITTED");
    }

    @Test
    @TestSecurity(user = "reviewer2", roles = "reviewer")
    void aSavedFilterIsListedUnderItsNameAndCanBeRemoved() {
        String name = "Published " + word();
        Csrf csrf = csrf();
        String back = location(form(csrf).formParam("name", name).formParam("state", "RATED")
                .formParam("tag", "Election").post("/desk/claims/filters").then());
        assertThat(back).isEqualTo("/desk/claims?state=RATED&tag=Election&done=saved");
        String html = given().urlEncodingEnabled(false).get(back).then().statusCode(200)
                .body(containsString("The filter was saved.")).extract().asString();
        assertThat(html).contains("<a href=\"/desk/claims?state=RATED&amp;tag=Election\">" + name + "</a>");
        String action = html.substring(html.indexOf("/desk/claims/filters/"), html.indexOf("/remove\"") + 7);

        assertThat(location(form(csrf).post(action).then())).isEqualTo("/desk/claims?done=filter-removed");
        given().get("/desk/claims").then().body(not(containsString(name)));
        form(csrf).post(action).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void theClaimPageAddsAndRemovesTags() {
        long claim = claim("The " + word() + " river is 400 km long");
        Csrf csrf = csrf();
        form(csrf).formParam("tag", "Geography").post("/desk/claims/{id}/tags", claim).then().statusCode(303)
                .header("Location", endsWith("/desk/claims/" + claim + "?done=tagged"));
        String html = given().get("/desk/claims/{id}?done=tagged", claim).then().statusCode(200)
                .body(containsString("The tag was added.")).body(containsString("href=\"/desk/claims?tag=Geography\""))
                .extract().asString();
        String remove = html.substring(html.indexOf("/desk/claims/" + claim + "/tags/"),
                html.indexOf("/remove\"", html.indexOf("/tags/")) + 7);
        form(csrf).post(remove).then().statusCode(303).header("Location", endsWith("?done=untagged"));
        given().get("/desk/claims/{id}", claim).then().body(containsString("No tags yet."));
        form(csrf).formParam("tag", " ").post("/desk/claims/{id}/tags", claim).then().statusCode(303)
                .header("Location", endsWith("?done=tag-invalid"));
        form(csrf).formParam("tag", "x").post("/desk/claims/{id}/tags", 999_999_999L).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void aNewClaimIsCheckedForEarlierChecksBeforeItIsSaved() {
        String word = word();
        long earlier = claim("The mayor of " + word + " said crime fell by 12 percent last year.");
        String text = "Crime in " + word + " fell 12 percent last year, the mayor said.";
        Csrf csrf = csrf();
        long before = given().queryParam("q", word).get("/api/v1/claims").jsonPath().getLong("total");

        String check = location(form(csrf).formParam("text", text).formParam("claimant", "Mayor")
                .formParam("url", "https://news.example/crime").formParam("outlet", "City News")
                .post("/desk/claims/new/check").then());
        assertThat(check).startsWith("/desk/claims/new?text=").endsWith("&check=1");
        String page = given().urlEncodingEnabled(false).redirects().follow(false).get(check).then().statusCode(200).extract()
                .asString();
        assertThat(page).contains("Earlier checks that may say the same").contains("href=\"/desk/claims/" + earlier
                + "\"").contains("Create anyway");
        assertThat(given().queryParam("q", word).get("/api/v1/claims").jsonPath().getLong("total"))
                .as("checking saves nothing").isEqualTo(before);

        String created = location(form(csrf).formParam("text", text).formParam("claimant", "Mayor")
                .formParam("url", "https://news.example/crime").formParam("outlet", "City News")
                .post("/desk/claims/new").then());
        assertThat(created).matches("/desk/claims/\\d+\\?done=created");
        long id = Long.parseLong(created.substring("/desk/claims/".length(), created.indexOf('?')));
        given().get("/api/v1/claims/{id}/appearances", id).then()
                .statusCode(200).body(containsString("https://news.example/crime"));
        assertThat(stateOf(id)).isEqualTo("SUBMITTED");
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void aNewClaimWithBadInputIsShownAgainWithTheReason() {
        Csrf csrf = csrf();
        String check = location(form(csrf).formParam("text", "The dam is 100 m high")
                .formParam("url", "javascript:alert(1)").post("/desk/claims/new/check").then());
        given().urlEncodingEnabled(false).get(check).then().statusCode(400).body(containsString("The web address"))
                .body(containsString("The dam is 100 m high"));
        String blank = location(form(csrf).formParam("text", " ").post("/desk/claims/new").then());
        given().urlEncodingEnabled(false).get(blank).then().statusCode(400).body(containsString("Type the claim."));
        form(csrf).formParam("text", "x".repeat(2001)).post("/desk/claims/new/check").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "admin-only", roles = "admin")
    void staffWithoutAReviewerRoleCannotOpenTheList() {
        given().redirects().follow(false).get("/desk/claims").then().statusCode(403);
        given().redirects().follow(false).get("/desk/claims/new").then().statusCode(403);
    }
}
