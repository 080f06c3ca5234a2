package io.factdesk.web.desk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.evidence.Stance;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.claim.ClaimDraft;
import io.factdesk.verification.claim.ClaimService;
import io.factdesk.verification.workflow.EvidenceDraft;
import io.factdesk.verification.workflow.ReviewWorkflow;
import io.factdesk.web.support.Verdicts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The desk's claim page offers exactly the actions the review workflow allows the viewer, and the API's claim
 * resource names the same ones in {@code allowedActions}: for a claim in each state, seen by the assigned reviewer,
 * another reviewer, the editor (who wrote one review and proposed one correction), another editor and staff of
 * another organisation. AllowedActionsTest checks the workflow's answer against real attempts.
 */
@QuarkusTest
class ClaimPageActionsTest {

    /** A form's address on the claim page, relative to the claim: "take", "evidence/12/remove". */
    private static final Pattern FORM = Pattern.compile("/desk/claims/\\d+/([a-z-]+)(/\\d+/remove)?");

    private static final Map<String, String> TRANSITION_OF_FORM = Map.ofEntries(
            Map.entry("take", "take"), Map.entry("assign", "assign"), Map.entry("evidence", "add-evidence"),
            Map.entry("evidence/remove", "remove-evidence"), Map.entry("review", "submit-review"),
            Map.entry("approve", "approve"), Map.entry("return", "return"), Map.entry("dismiss", "dismiss"),
            Map.entry("correct", "correct"), Map.entry("approve-correction", "approve-correction"),
            Map.entry("return-correction", "return-correction"), Map.entry("reopen", "reopen"));

    /** Claim id by situation, made once for the class. */
    private static final Map<String, Long> CLAIMS = new LinkedHashMap<>();

    @Inject
    Verdicts verdicts;

    @Inject
    ReviewWorkflow workflow;

    @Inject
    ClaimService claims;

    /** A made-up place name, so each run's claims are new. */
    private static String topic() {
        return "P" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 36);
    }

    @BeforeEach
    void claimsInEveryState() {
        if (!CLAIMS.isEmpty()) {
            return;
        }
        var reviewer = verdicts.actor("reviewer", StaffRole.REVIEWER);
        var editor = verdicts.actor("editor", StaffRole.REVIEWER, StaffRole.EDITOR);
        long submitted = claims.create(reviewer, new ClaimDraft("The " + topic() + " bridge cost a billion", null,
                null, null, null, null)).id;
        workflow.addEvidence(editor, submitted, source("Bridge Authority"), null);
        CLAIMS.put("submitted", submitted);
        long inReview = claims.create(reviewer, new ClaimDraft("The " + topic() + " port doubled its trade", null,
                null, null, null, null)).id;
        workflow.take(reviewer, inReview, null);
        workflow.addEvidence(reviewer, inReview, source("Port Authority"), null);
        CLAIMS.put("in review with reviewer", inReview);
        CLAIMS.put("reviewed by editor", verdicts.reviewedBy("editor", "The " + topic() + " river rose a metre"));
        String rated = verdicts.publish("The " + topic() + " dam powers the country", "Minister", "false",
                "Grid data", "It powers a tenth.");
        CLAIMS.put("rated", verdicts.claimIdOf(rated));
        String corrected = verdicts.publish("The " + topic() + " canal carries half the trade", "Minister", "false",
                "Canal data", "It carries a fifth.");
        CLAIMS.put("correction proposed by editor", verdicts.proposeCorrection(corrected, "Fixed the year.", null));
    }

    private static EvidenceDraft source(String publisher) {
        return new EvidenceDraft("https://" + topic().toLowerCase() + ".example.org", null, "Annual figures",
                publisher, null, Stance.CONTEXT, null);
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void theAssignedReviewerSeesWhatTheWorkflowAllows() {
        Map<String, Set<String>> offered = offeredEverywhere("reviewer", StaffRole.REVIEWER);

        assertThat(offered.get("submitted")).containsExactlyInAnyOrder("take", "add-evidence", "remove-evidence");
        assertThat(offered.get("in review with reviewer"))
                .containsExactlyInAnyOrder("add-evidence", "remove-evidence", "submit-review");
        assertThat(offered.get("rated")).isEmpty();
    }

    @Test
    @TestSecurity(user = "reviewer2", roles = "reviewer")
    void anotherReviewerSeesWhatTheWorkflowAllows() {
        Map<String, Set<String>> offered = offeredEverywhere("reviewer2", StaffRole.REVIEWER);

        assertThat(offered.get("in review with reviewer")).containsExactlyInAnyOrder("add-evidence",
                "remove-evidence");
        assertThat(offered.get("reviewed by editor")).isEmpty();
    }

    @Test
    @TestSecurity(user = "editor", roles = {"reviewer", "editor"})
    void theEditorSeesWhatTheWorkflowAllowsAndWhyNotApprove() {
        Map<String, Set<String>> offered = offeredEverywhere("editor", StaffRole.REVIEWER, StaffRole.EDITOR);

        assertThat(offered.get("reviewed by editor")).containsExactlyInAnyOrder("return", "dismiss");
        assertThat(offered.get("correction proposed by editor"))
                .containsExactlyInAnyOrder("return-correction", "reopen");
        assertThat(page(CLAIMS.get("reviewed by editor")).select("p.refusal").text())
                .contains("You wrote this review; another editor must approve it.");
        assertThat(page(CLAIMS.get("correction proposed by editor")).select("p.refusal").text())
                .contains("You proposed this correction; another editor must approve it.");
        assertThat(ukrainian(CLAIMS.get("reviewed by editor")).select("p.refusal").text())
                .contains("Ви написали цю рецензію; її має схвалити інший редактор.");
        assertThat(ukrainian(CLAIMS.get("correction proposed by editor")).select("p.refusal").text())
                .contains("Ви запропонували це виправлення; його має схвалити інший редактор.");
    }

    @Test
    @TestSecurity(user = "editor2", roles = {"reviewer", "editor"})
    void anotherEditorSeesWhatTheWorkflowAllows() {
        Map<String, Set<String>> offered = offeredEverywhere("editor2", StaffRole.REVIEWER, StaffRole.EDITOR);

        assertThat(offered.get("reviewed by editor")).containsExactlyInAnyOrder("approve", "return", "dismiss");
        assertThat(offered.get("rated")).containsExactlyInAnyOrder("correct", "reopen");
        assertThat(offered.get("correction proposed by editor"))
                .containsExactlyInAnyOrder("approve-correction", "return-correction", "reopen");
    }

    @Test
    @TestSecurity(user = "outsider", roles = {"reviewer", "editor"})
    void staffOfAnotherOrganisationSeeNeitherPageNorActions() {
        for (long claimId : CLAIMS.values()) {
            given().get("/desk/claims/{id}", claimId).then().statusCode(404);
            given().get("/api/v1/claims/{id}", claimId).then().statusCode(404);
        }
    }

    /**
     * For every claim: the actions its page offers, after checking they are the API's {@code allowedActions} and
     * the workflow's own answer for this viewer.
     */
    private Map<String, Set<String>> offeredEverywhere(String username, StaffRole... roles) {
        var me = verdicts.actor(username, roles);
        Map<String, Set<String>> offered = new LinkedHashMap<>();
        CLAIMS.forEach((situation, claimId) -> {
            Set<String> onPage = actionsOnPage(claimId);
            List<String> inApi = given().get("/api/v1/claims/{id}", claimId).then().statusCode(200).extract()
                    .jsonPath().getList("allowedActions", String.class);
            List<String> workflowSays = QuarkusTransaction.requiringNew()
                    .call(() -> workflow.allowed(me, Claim.findById(claimId)).codes());

            assertThat(onPage).as(situation + ": the page offers what the workflow allows")
                    .isEqualTo(new TreeSet<>(workflowSays));
            assertThat(inApi).as(situation + ": the API names what the workflow allows")
                    .containsExactlyElementsOf(workflowSays);
            offered.put(situation, onPage);
        });
        return offered;
    }

    private Set<String> actionsOnPage(long claimId) {
        Set<String> actions = new TreeSet<>();
        page(claimId).select("form[method=post]").forEach(form -> {
            Matcher address = FORM.matcher(form.attr("action"));
            if (address.matches()) {
                String name = address.group(1) + (address.group(2) == null ? "" : "/remove");
                if (TRANSITION_OF_FORM.containsKey(name)) {
                    actions.add(TRANSITION_OF_FORM.get(name));
                }
            }
        });
        return actions;
    }

    private static Document ukrainian(long claimId) {
        return Jsoup.parse(given().cookie("lang", "uk").get("/desk/claims/{id}", claimId).then().statusCode(200)
                .extract().asString());
    }

    private static Document page(long claimId) {
        return Jsoup.parse(given().get("/desk/claims/{id}", claimId).then().statusCode(200).extract().asString());
    }
}
