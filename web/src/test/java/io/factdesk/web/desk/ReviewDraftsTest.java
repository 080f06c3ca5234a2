package io.factdesk.web.desk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.web.support.ClaimsInReview;
import io.factdesk.web.support.Verdicts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The review form never loses what was typed: a preview or an invalid review redirects (303) to the form's own
 * address, which shows the text again on every reload; autosaved text comes back with a notice until the review
 * is sent; a draft is its author's alone.
 */
@QuarkusTest
@TestSecurity(user = "reviewer", roles = "reviewer")
class ReviewDraftsTest {

    @Inject
    ClaimsInReview claims;

    @Inject
    Verdicts verdicts;

    @Inject
    FormDrafts drafts;

    private record Form(String cookie, String token, String version) {

        static Form of(Response page) {
            page.then().statusCode(200);
            return new Form(page.getCookie("factdesk-csrf"),
                    page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value"),
                    page.htmlPath().getString("**.find { it.@name == 'version' }.@value"));
        }

        RequestSpecification post() {
            return given().redirects().follow(false).cookie("factdesk-csrf", cookie).formParam("csrf-token", token)
                    .formParam("version", version);
        }
    }

    private long claim() {
        return claims.takenBy("reviewer", "The harbour moved " + UUID.randomUUID() + " containers last year");
    }

    @Test
    void aPreviewRedirectsToTheReviewFormWhichShowsTheTextAndPreviewOnEveryReload() {
        long id = claim();
        Form form = Form.of(given().get("/desk/claims/{id}", id));
        form.post().formParam("analysis", "Port records show **half** as many.").formParam("rating", "false")
                .formParam("headline", "Half as many").formParam("preview", "1")
                .post("/desk/claims/{id}/review", id)
                .then().statusCode(303).header("Location", endsWith("/desk/claims/" + id + "/review"));
        for (int reload = 0; reload < 2; reload++) {
            given().get("/desk/claims/{id}/review", id).then().statusCode(200)
                    .body(containsString("Port records show **half** as many.</textarea>"))
                    .body(containsString("<strong>half</strong>"))
                    .body(containsString("value=\"Half as many\""))
                    .body(containsString("<option value=\"false\" selected>"));
        }
    }

    @Test
    void anInvalidReviewKeepsTheTextAndTheReasonAtTheFormsAddress() {
        long id = claim();
        Form form = Form.of(given().get("/desk/claims/{id}", id));
        form.post().formParam("analysis", "The figures are wrong, but which rating?")
                .post("/desk/claims/{id}/review", id)
                .then().statusCode(303).header("Location", endsWith("/desk/claims/" + id + "/review"));
        given().get("/desk/claims/{id}/review", id).then().statusCode(200)
                .body(containsString("Choose the rating you propose."))
                .body(containsString("The figures are wrong, but which rating?</textarea>"));
    }

    @Test
    void autosavedTextComesBackWithANoticeAndGoesWhenTheReviewIsSent() {
        long id = claim();
        Form form = Form.of(given().get("/desk/claims/{id}", id));
        form.post().formParam("draft-form", "review").formParam("analysis", "Half typed when the login ended")
                .formParam("rating", "false").post("/desk/claims/{id}/draft", id).then().statusCode(204);

        for (String address : new String[] {"/desk/claims/{id}", "/desk/claims/{id}/review"}) {
            given().get(address, id).then().statusCode(200)
                    .body(containsString("Restored your unsaved draft from "))
                    .body(containsString("Half typed when the login ended</textarea>"))
                    .body(containsString("data-draft-saved-at=\"1"));
        }

        Form again = Form.of(given().get("/desk/claims/{id}/review", id));
        again.post().formParam("analysis", "Half typed when the login ended, now finished.")
                .formParam("rating", "false").post("/desk/claims/{id}/review", id)
                .then().statusCode(303).header("Location", endsWith("?done=submitted"));
        again.post().formParam("draft-form", "review").formParam("analysis", "A save that crossed the submit")
                .post("/desk/claims/{id}/draft", id).then().statusCode(409);
        assertThat(drafts.on(verdicts.actor("reviewer", StaffRole.REVIEWER), Claims.address(id))).isEmpty();
        given().get("/desk/claims/{id}", id).then().statusCode(200)
                .body(not(containsString("Restored your unsaved draft")));
    }

    @Test
    void aDraftIsItsAuthorsAlone() {
        long id = claim();
        Form form = Form.of(given().get("/desk/claims/{id}", id));
        form.post().formParam("draft-form", "review").formParam("analysis", "Only mine")
                .post("/desk/claims/{id}/draft", id).then().statusCode(204);
        Actor editor = verdicts.actor("editor", StaffRole.REVIEWER, StaffRole.EDITOR);
        assertThat(drafts.on(editor, Claims.address(id))).isEmpty();
        assertThat(drafts.on(verdicts.actor("reviewer", StaffRole.REVIEWER), Claims.address(id)))
                .containsKey("review");
    }

    @Test
    void theAutosaveTakesOnlyTheLongFormsAndNoOtherOrganisationsClaim() {
        long id = claim();
        Form form = Form.of(given().get("/desk/claims/{id}", id));
        form.post().formParam("draft-form", "dismiss").formParam("reason", "x")
                .post("/desk/claims/{id}/draft", id).then().statusCode(400);
        form.post().formParam("draft-form", "review").formParam("analysis", "x".repeat(100_001))
                .post("/desk/claims/{id}/draft", id).then().statusCode(413);
        form.post().formParam("draft-form", "review").formParam("analysis", "Somewhere else")
                .post("/desk/claims/{id}/draft", Long.MAX_VALUE).then().statusCode(404);
        given().redirects().follow(false).get("/desk/claims/{id}/draft", id).then().statusCode(303)
                .header("Location", endsWith("/desk/claims/" + id + "/review"));
    }
}
