package io.factdesk.web.desk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.factdesk.web.support.Verdicts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The desk's correction step: an editor proposes, the page shows "Correction awaiting approval", the public page
 * keeps the published verdict, and only another editor gets the approve button; approving publishes it.
 */
@QuarkusTest
class CorrectionApprovalPagesTest {

    @Inject
    Verdicts verdicts;

    private record Csrf(String cookie, String token) {
    }

    private static Csrf csrf(Response page) {
        return new Csrf(page.getCookie("factdesk-csrf"),
                page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value"));
    }

    private String publish() {
        StringBuilder place = new StringBuilder("Q");
        ThreadLocalRandom.current().ints(6, 'a', 'z' + 1).forEach(c -> place.append((char) c));
        return verdicts.publish("The " + place + " tunnel cost nine billion", "Transport Minister", "false",
                "Tunnel accounts", "It cost two billion.");
    }

    @Test
    @TestSecurity(user = "editor", roles = {"reviewer", "editor"})
    void anEditorsCorrectionAwaitsApprovalAndTheyCannotApproveItThemselves() {
        String slug = publish();
        long claimId = verdicts.proposeCorrection(slug, "Placeholder", "false");
        verdicts.returnCorrection(slug);
        Response page = given().get("/desk/claims/{id}", claimId);
        page.then().statusCode(200).body(containsString("action=\"/desk/claims/" + claimId + "/correct\""));
        Csrf csrf = csrf(page);
        String version = page.htmlPath().getString("**.find { it.@name == 'version' }.@value");

        given().redirects().follow(false).cookie("factdesk-csrf", csrf.cookie()).formParam("csrf-token", csrf.token())
                .formParam("version", version).formParam("note", "The cost was re-audited.")
                .formParam("rating", "mostly-false")
                .post("/desk/claims/{id}/correct", claimId)
                .then().statusCode(303).header("Location", endsWith("?done=corrected"));

        given().get("/verdicts/" + slug).then().statusCode(200)
                .body(not(containsString("The cost was re-audited.")));
        Response after = given().get("/desk/claims/{id}?done=corrected", claimId);
        after.then().statusCode(200)
                .body(containsString("Correction awaiting approval"))
                .body(containsString("The cost was re-audited."))
                .body(containsString("You proposed this correction; another editor must approve it."))
                .body(not(containsString("/approve-correction\"")))
                .body(not(containsString("action=\"/desk/claims/" + claimId + "/correct\"")));
        Csrf again = csrf(after);
        given().redirects().follow(false).cookie("factdesk-csrf", again.cookie())
                .formParam("csrf-token", again.token()).post("/desk/claims/{id}/approve-correction", claimId)
                .then().statusCode(303).header("Location", endsWith("/desk/claims/" + claimId + "/approve-correction"));
        given().get("/desk/claims/{id}/approve-correction", claimId).then().statusCode(200)
                .body(containsString("another editor must approve it"));
        given().get("/verdicts/" + slug).then().statusCode(200).body(not(containsString("The cost was re-audited.")));
    }

    @Test
    @TestSecurity(user = "editor2", roles = {"reviewer", "editor"})
    void anotherEditorApprovesTheCorrectionAndOnlyThenThePublicSeesIt() {
        String slug = publish();
        long claimId = verdicts.proposeCorrection(slug, "Recounted by the audit office.", "mostly-false");
        given().get("/verdicts/" + slug).then().statusCode(200)
                .body(not(containsString("Recounted by the audit office.")));

        Response page = given().get("/desk/claims/{id}", claimId);
        page.then().statusCode(200).body(containsString("Correction awaiting approval"))
                .body(containsString("action=\"/desk/claims/" + claimId + "/approve-correction\""))
                .body(containsString("action=\"/desk/claims/" + claimId + "/return-correction\""));
        Csrf csrf = csrf(page);
        given().redirects().follow(false).cookie("factdesk-csrf", csrf.cookie()).formParam("csrf-token", csrf.token())
                .post("/desk/claims/{id}/approve-correction", claimId)
                .then().statusCode(303).header("Location", endsWith("?done=correction-approved"));

        given().get("/verdicts/" + slug).then().statusCode(200)
                .body(containsString("Recounted by the audit office.")).body(containsString("Mostly false"));
        given().get("/desk/claims/{id}", claimId).then().statusCode(200)
                .body(not(containsString("Correction awaiting approval")));
    }

    @Test
    @TestSecurity(user = "editor2", roles = {"reviewer", "editor"})
    void returningACorrectionNeedsANoteAndChangesNothingPublic() {
        String slug = publish();
        long claimId = verdicts.proposeCorrection(slug, "A mistaken re-rating.", "true");
        Response page = given().get("/desk/claims/{id}", claimId);
        Csrf csrf = csrf(page);

        given().cookie("factdesk-csrf", csrf.cookie()).formParam("csrf-token", csrf.token()).formParam("note", " ")
                .post("/desk/claims/{id}/return-correction", claimId)
                .then().statusCode(200).body(containsString("Tell the editor why it is returned."));
        given().redirects().follow(false).cookie("factdesk-csrf", csrf.cookie()).formParam("csrf-token", csrf.token())
                .formParam("note", "The audit stands.")
                .post("/desk/claims/{id}/return-correction", claimId)
                .then().statusCode(303).header("Location", endsWith("?done=correction-returned"));

        given().get("/verdicts/" + slug).then().statusCode(200).body(not(containsString("A mistaken re-rating.")));
        given().get("/desk/claims/{id}", claimId).then().statusCode(200)
                .body(not(containsString("Correction awaiting approval")));
    }
}
