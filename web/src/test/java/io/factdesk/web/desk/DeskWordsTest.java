package io.factdesk.web.desk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import io.factdesk.core.evidence.Stance;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.claim.ClaimDraft;
import io.factdesk.verification.claim.ClaimService;
import io.factdesk.verification.demo.DemoData;
import io.factdesk.verification.workflow.EvidenceDraft;
import io.factdesk.verification.workflow.ReviewWorkflow;
import io.factdesk.web.support.Verdicts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The desk speaks in words: states, history events and review statuses from the message bundle, the proposed
 * rating as the scale's badge, the missing evidence named, no preset stance, and how far the approval panel is.
 */
@QuarkusTest
class DeskWordsTest {

    @Inject
    Verdicts verdicts;

    @Inject
    ReviewWorkflow workflow;

    @Inject
    ClaimService claims;

    private static String topic() {
        StringBuilder place = new StringBuilder("Q");
        ThreadLocalRandom.current().ints(6, 'a', 'z' + 1).forEach(c -> place.append((char) c));
        return place.toString();
    }

    private record Form(String cookie, String token, String version) {
        static Form of(Response page) {
            Document html = Jsoup.parse(page.asString());
            return new Form(page.getCookie("factdesk-csrf"), html.selectFirst("input[name=csrf-token]").val(),
                    html.selectFirst("input[name=version]").val());
        }
    }

    private long claimInReviewWithOneSource() {
        var reviewer = verdicts.actor("reviewer", StaffRole.REVIEWER);
        long id = claims.create(reviewer, new ClaimDraft("The " + topic() + " canal carries half the trade", null,
                null, null, null, null)).id;
        workflow.take(reviewer, id, null);
        workflow.addEvidence(reviewer, id, new EvidenceDraft("https://canal.example.org", null, "Canal statistics",
                "Canal Authority", null, Stance.REFUTES, null), null);
        return id;
    }

    @Test
    @TestSecurity(user = "editor", roles = {"reviewer", "editor"})
    void statesAndHistoryAreWordsNotCodes() {
        String slug = verdicts.publish("The " + topic() + " dam powers the country", "Energy Minister", "false",
                "Grid data", "It powers a tenth.");
        long claimId = verdicts.claimIdOf(slug);

        Document page = Jsoup.parse(given().get("/desk/claims/{id}", claimId).then().statusCode(200).extract()
                .asString());

        assertThat(page.selectFirst(".facts .state").text()).isEqualTo("Published");
        String history = page.select("h2:contains(History) + ol").text();
        assertThat(history).contains("Review submitted for approval by reviewer (In review → Awaiting approval)")
                .contains("Rating approved and published by editor (Awaiting approval → Published)")
                .contains("Evidence added by reviewer")
                .doesNotContain("RatingApproved").doesNotContain("REVIEWED").doesNotContain("SUBMITTED");
        assertThat(page.selectFirst(".review-meta .rating").text()).isEqualTo("False");
        assertThat(page.selectFirst(".review-meta").text()).doesNotContain("proposed rating: false");
    }

    @Test
    @TestSecurity(user = "reviewer", roles = {"reviewer"})
    void theQueueShowsStatesInWords() {
        claimInReviewWithOneSource();

        Document desk = Jsoup.parse(given().get("/desk?queue=mine").then().statusCode(200).extract().asString());

        assertThat(desk.select("td .state").eachText()).isNotEmpty().allMatch(s -> !s.equals(s.toUpperCase()));
        assertThat(desk.select("td .state").eachText()).contains("In review");
    }

    @Test
    @TestSecurity(user = "reviewer", roles = {"reviewer"})
    void tooLittleEvidenceIsNamedWithWhatIsMissing() {
        long id = claimInReviewWithOneSource();
        Form form = Form.of(given().get("/desk/claims/{id}", id));

        given().redirects().follow(false).cookie("factdesk-csrf", form.cookie()).formParam("csrf-token", form.token())
                .formParam("version", form.version()).formParam("analysis", "Only half is true.")
                .formParam("rating", "false").post("/desk/claims/{id}/review", id)
                .then().statusCode(303).header("Location", endsWith("/desk/claims/" + id + "/review"));
        String refused = given().get("/desk/claims/{id}/review", id).then().statusCode(200).extract().asString();

        assertThat(Jsoup.parse(refused).selectFirst(".refusal").text()).isEqualTo(
                "More evidence is needed before the review can be submitted: it needs at least 2 pieces of evidence "
                        + "from 2 different publishers; the claim has 1 piece from 1 publisher.");
    }

    @Test
    @TestSecurity(user = "reviewer", roles = {"reviewer"})
    void newEvidenceHasNoPresetStanceAndLeavingItOutIsAFieldError() {
        long id = claimInReviewWithOneSource();
        Response page = given().get("/desk/claims/{id}", id);
        Document html = Jsoup.parse(page.asString());
        assertThat(html.selectFirst("#evidence-stance option[selected]")).isNull();
        assertThat(html.selectFirst("#evidence-stance option").val()).isEmpty();
        assertThat(html.selectFirst("#evidence-stance").hasAttr("required")).isTrue();
        Form form = Form.of(page);

        for (String stance : new String[] {null, "", "MAYBE"}) {
            var request = given().cookie("factdesk-csrf", form.cookie()).formParam("csrf-token", form.token())
                    .formParam("version", form.version()).formParam("title", "Port records")
                    .formParam("publisher", "Port Office").formParam("url", "https://port.example.org");
            if (stance != null) {
                request.formParam("stance", stance);
            }
            request.redirects().follow(false).post("/desk/claims/{id}/evidence", id).then().statusCode(303)
                    .header("Location", endsWith("/desk/claims/" + id + "/evidence"));
            String answer = given().get("/desk/claims/{id}/evidence", id).then().statusCode(200).extract()
                    .asString();
            assertThat(Jsoup.parse(answer).selectFirst("#evidence-stance-error").text())
                    .isEqualTo("Say whether the source supports the claim, refutes it or gives context.");
        }
        given().redirects().follow(false).cookie("factdesk-csrf", form.cookie()).formParam("csrf-token", form.token())
                .formParam("version", form.version()).formParam("title", "Port records")
                .formParam("publisher", "Port Office").formParam("url", "https://port.example.org")
                .formParam("stance", "CONTEXT").post("/desk/claims/{id}/evidence", id)
                .then().statusCode(303).header("Location", endsWith("?done=evidence-added"));
    }

    @Test
    @TestSecurity(user = "editor", roles = {"reviewer", "editor"})
    void theFirstOfTwoApprovalsSaysOneMoreEditorMustApprove() {
        setApprovals(2, 3);
        try {
            long claimId = verdicts.reviewedBy("editor3", "The " + topic() + " airport serves ten million");
            Form form = Form.of(given().get("/desk/claims/{id}", claimId));

            given().redirects().follow(false).cookie("factdesk-csrf", form.cookie())
                    .formParam("csrf-token", form.token()).formParam("version", form.version())
                    .post("/desk/claims/{id}/approve", claimId)
                    .then().statusCode(303).header("Location", endsWith("?done=approved"));

            Document after = Jsoup.parse(given().get("/desk/claims/{id}?done=approved", claimId).then()
                    .statusCode(200).extract().asString());
            assertThat(after.selectFirst(".notice").text()).isEqualTo("You approved the review. 1 of 2 approvals; "
                    + "one more editor must approve before the verdict is published.");
            assertThat(after.selectFirst(".facts .state").text()).isEqualTo("Awaiting approval");
            assertThat(after.select("h2:contains(History) + ol").text())
                    .contains("Review approved, more approvals needed by editor");
        } finally {
            setApprovals(1, 1);
        }
    }

    private static void setApprovals(int required, int panel) {
        QuarkusTransaction.requiringNew().run(() -> {
            Organisation demo = Organisation.findBySlug(DemoData.DEMO_ORGANISATION).orElseThrow();
            demo.changePolicies(required, panel, demo.minEvidence, demo.minDistinctPublishers);
        });
    }
}
