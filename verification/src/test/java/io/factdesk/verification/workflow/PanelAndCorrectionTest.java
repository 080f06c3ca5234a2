package io.factdesk.verification.workflow;

import static io.factdesk.verification.workflow.ReviewWorkflowTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.core.claim.ClaimState;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.verdict.Correction;
import io.factdesk.core.verdict.Verdict;
import io.factdesk.core.verdict.VerdictRevision;
import io.factdesk.verification.claimreview.ClaimReviewMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Panel approval (2 of 3) and corrections on the database, and the ClaimReview of the result. */
@QuarkusTest
class PanelAndCorrectionTest {

    @Inject
    ReviewWorkflow workflow;

    @Inject
    ClaimReviewMapper claimReviews;

    @Inject
    Desk desk;

    Organisation panelOrganisation;
    Actor rita;
    Actor emma;
    Actor eli;
    Actor erin;

    @BeforeEach
    void setUp() {
        panelOrganisation = desk.organisation(2, 3);
        rita = desk.reviewer(panelOrganisation, "rita");
        emma = desk.editor(panelOrganisation, "emma");
        eli = desk.editor(panelOrganisation, "eli");
        erin = desk.editor(panelOrganisation, "erin");
    }

    @Test
    void twoOfThreeEditorsMustApproveTheSameRound() {
        long id = desk.reviewed(panelOrganisation, rita, "The tunnel cost five billion");

        assertThat(workflow.approve(emma, id, null).state()).isEqualTo(ClaimState.REVIEWED);
        assertRefused(() -> workflow.approve(emma, id, null), RefusalReason.ALREADY_APPROVED);
        var rated = workflow.approve(eli, id, null);

        assertThat(rated.state()).isEqualTo(ClaimState.RATED);
        assertThat(desk.eventTypes(id)).containsSubsequence("ReviewApproved", "RatingApproved");
        QuarkusTransaction.requiringNew().run(() -> assertThat(
                Verdict.findByClaim(desk.reload(id)).orElseThrow().current().approvers)
                .isEqualTo(emma.username() + "," + eli.username()));
    }

    @Test
    void returnByAnyEditorEndsTheRoundAndItsApprovals() {
        long id = desk.reviewed(panelOrganisation, rita, "The port handled a record tonnage");
        workflow.approve(emma, id, null);
        workflow.returnForWork(erin, id, "Add the 2024 figures.", null);
        workflow.submitReview(rita, id, new ReviewDraft("With 2024 figures.", "true", null, null), null);

        assertThat(workflow.approve(eli, id, null).state()).isEqualTo(ClaimState.REVIEWED);
        assertThat(workflow.approve(emma, id, null).state()).isEqualTo(ClaimState.RATED);
    }

    @Test
    void correctionAddsARevisionAndKeepsTheFirstReadable() {
        Organisation organisation = desk.organisation(1, 1);
        Actor reviewer = desk.reviewer(organisation, "raj");
        Actor editor = desk.editor(organisation, "emma");
        long id = desk.reviewed(organisation, reviewer, "Zelensky embezzled US aid");
        workflow.approve(editor, id, null);

        assertRefused(() -> workflow.correct(editor, id, new CorrectionDraft(" ", "true", null, null, null), null),
                RefusalReason.NOTE_REQUIRED);
        workflow.correct(editor, id,
                new CorrectionDraft("The audit was from 2023, not 2022.", "mostly-false", null, null, null), null);
        workflow.approveCorrection(desk.editor(organisation, "eli"), id, null);

        assertThat(QuarkusTransaction.requiringNew().call(
                () -> Verdict.findByClaim(desk.reload(id)).orElseThrow().currentRevision)).isEqualTo(2);
        assertThat(desk.reload(id).state()).isEqualTo(ClaimState.RATED);
        QuarkusTransaction.requiringNew().run(() -> {
            Verdict verdict = Verdict.findByClaim(desk.reload(id)).orElseThrow();
            var revisions = VerdictRevision.of(verdict);
            assertThat(revisions).extracting(r -> r.revision).containsExactly(1, 2);
            assertThat(revisions.get(0).ratingCode).isEqualTo("false");
            assertThat(revisions.get(0).headline).isEqualTo("No, it was not");
            assertThat(revisions.get(1).ratingCode).isEqualTo("mostly-false");
            assertThat(revisions.get(1).headline).isEqualTo("No, it was not");
            assertThat(Correction.of(verdict)).singleElement().satisfies(correction -> {
                assertThat(correction.revision).isEqualTo(2);
                assertThat(correction.note).isEqualTo("The audit was from 2023, not 2022.");
                assertThat(correction.correctedBy).isEqualTo(editor.username());
            });
            var claimReview = claimReviews.map(verdict);
            assertThat(claimReview.get("url").asText()).isEqualTo("http://localhost:8080/verdicts/" + verdict.slug);
            assertThat(claimReview.get("reviewRating").get("alternateName").asText()).isEqualTo("Mostly false");
            assertThat(claimReview.has("dateModified")).isTrue();
        });
        assertThat(desk.eventTypes(id)).endsWith("CorrectionProposed", "VerdictCorrected");
    }

    @Test
    void claimReviewIsFoundBySlugAndId() {
        Organisation organisation = desk.organisation(1, 1);
        long id = desk.reviewed(organisation, desk.reviewer(organisation, "raj"), "Wages doubled in a year");
        workflow.approve(desk.editor(organisation, "emma"), id, null);
        String slug = QuarkusTransaction.requiringNew().call(
                () -> Verdict.findByClaim(desk.reload(id)).orElseThrow().slug);
        long verdictId = QuarkusTransaction.requiringNew().call(
                () -> Verdict.findByClaim(desk.reload(id)).orElseThrow().id);

        var bySlug = claimReviews.forSlug(slug).orElseThrow();

        assertThat(bySlug.get("claimReviewed").asText()).isEqualTo("Wages doubled in a year");
        assertThat(bySlug.get("author").get("name").asText()).isEqualTo(organisation.name);
        assertThat(claimReviews.forVerdict(verdictId)).contains(bySlug);
        assertThat(claimReviews.forSlug("no-such-verdict")).isEmpty();
    }
}
