package io.factdesk.verification.workflow;

import static io.factdesk.verification.workflow.ReviewWorkflowTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.verdict.Correction;
import io.factdesk.core.verdict.Verdict;
import io.factdesk.verification.claim.ClaimService;
import io.factdesk.verification.claim.DeskQueue;
import io.factdesk.verification.claimreview.ClaimReviewMapper;
import io.factdesk.verification.publishing.PublishedVerdicts;
import io.factdesk.verification.publishing.VerdictPage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * A correction of a published rating or verdict text goes through the approval panel like the first publication:
 * the public sees the current revision until k editors other than the proposer approved it.
 */
@QuarkusTest
class CorrectionApprovalTest {

    private static final CorrectionDraft RE_RATE =
            new CorrectionDraft("The audit was from 2023, not 2022.", "mostly-false", null, null, null);

    @Inject
    ReviewWorkflow workflow;

    @Inject
    PublishedVerdicts verdicts;

    @Inject
    ClaimReviewMapper claimReviews;

    @Inject
    Desk desk;

    @Inject
    ClaimService claims;

    private Organisation organisation;
    private Actor emma;
    private Actor eli;

    /** A verdict rated "false" with headline "No, it was not", approved by Emma; returns its claim id. */
    private long published(int approvalsRequired, int panelSize) {
        organisation = desk.organisation(approvalsRequired, panelSize);
        emma = desk.editor(organisation, "Emma");
        eli = desk.editor(organisation, "Eli");
        long id = desk.reviewed(organisation, desk.reviewer(organisation, "Raj"), "Zelensky embezzled US aid");
        for (int i = 0; i < approvalsRequired; i++) {
            workflow.approve(i == 0 ? emma : desk.editor(organisation, "Panelist " + i), id, null);
        }
        return id;
    }

    /** Read as a new reader would: in a session of its own, not the test's, which may hold the old verdict. */
    private VerdictPage publicPage(long claimId) {
        return QuarkusTransaction.requiringNew().call(() -> verdicts.bySlug(
                Verdict.findByClaim(desk.reload(claimId)).orElseThrow().slug).orElseThrow());
    }

    private String publicRating(long claimId) {
        return publicPage(claimId).verdict().ratingCode();
    }

    @Test
    void anEditorCorrectingAloneChangesNothingPublicUntilASecondEditorApproves() {
        long id = published(1, 1);

        workflow.correct(emma, id, RE_RATE, null);

        VerdictPage before = publicPage(id);
        assertThat(before.verdict().ratingCode()).isEqualTo("false");
        assertThat(before.verdict().revision()).isEqualTo(1);
        assertThat(before.corrections()).isEmpty();
        assertThat(claimReviews.forVerdict(before.verdict().verdictId()).orElseThrow()
                .at("/reviewRating/alternateName").asText()).isEqualTo("False");

        workflow.approveCorrection(eli, id, null);

        VerdictPage after = publicPage(id);
        assertThat(after.verdict().ratingCode()).isEqualTo("mostly-false");
        assertThat(after.verdict().revision()).isEqualTo(2);
        assertThat(after.approvers()).containsExactly("Eli");
        assertThat(after.corrections()).singleElement()
                .satisfies(note -> assertThat(note.note()).isEqualTo("The audit was from 2023, not 2022."));
        QuarkusTransaction.requiringNew().run(() -> assertThat(
                Correction.of(Verdict.findByClaim(desk.reload(id)).orElseThrow()).get(0).correctedBy)
                .isEqualTo(emma.username()));
        assertThat(desk.eventTypes(id)).endsWith("CorrectionProposed", "VerdictCorrected");
    }

    @Test
    void theProposerCannotApproveTheirOwnCorrection() {
        long id = published(1, 1);
        workflow.correct(emma, id, RE_RATE, null);

        assertRefused(() -> workflow.approveCorrection(emma, id, null), RefusalReason.FOUR_EYES);
        assertThat(publicRating(id)).isEqualTo("false");
    }

    @Test
    void aWaitingCorrectionIsInOtherEditorsApprovalQueueOnly() {
        long id = published(1, 1);
        workflow.correct(emma, id, RE_RATE, null);

        assertThat(claims.queue(eli, DeskQueue.AWAITING_MY_APPROVAL, null).items()).extracting(c -> c.id)
                .contains(id);
        assertThat(claims.queue(emma, DeskQueue.AWAITING_MY_APPROVAL, null).items()).extracting(c -> c.id)
                .doesNotContain(id);
    }

    @Test
    void aCorrectionNeedsTheSamePanelAsTheFirstPublication() {
        long id = published(2, 3);
        Actor erin = desk.editor(organisation, "Erin");
        workflow.correct(emma, id, RE_RATE, null);

        workflow.approveCorrection(eli, id, null);
        assertRefused(() -> workflow.approveCorrection(eli, id, null), RefusalReason.ALREADY_APPROVED);
        assertThat(publicRating(id)).isEqualTo("false");
        workflow.approveCorrection(erin, id, null);

        assertThat(publicRating(id)).isEqualTo("mostly-false");
        assertThat(publicPage(id).approvers()).containsExactly("Eli", "Erin");
        assertThat(desk.eventTypes(id)).endsWith("CorrectionProposed", "CorrectionApproved", "VerdictCorrected");
    }

    @Test
    void oneCorrectionWaitsAtATimeAndAReturnPublishesNothing() {
        long id = published(1, 1);
        assertRefused(() -> workflow.returnCorrection(eli, id, "Nothing to return.", null),
                RefusalReason.NO_PENDING_CORRECTION);
        assertRefused(() -> workflow.approveCorrection(eli, id, null), RefusalReason.NO_PENDING_CORRECTION);
        workflow.correct(emma, id, RE_RATE, null);

        assertRefused(() -> workflow.correct(eli, id, RE_RATE, null), RefusalReason.CORRECTION_PENDING);
        assertRefused(() -> workflow.returnCorrection(eli, id, " ", null), RefusalReason.NOTE_REQUIRED);
        workflow.returnCorrection(eli, id, "The audit year is right as published.", null);

        assertThat(publicRating(id)).isEqualTo("false");
        assertRefused(() -> workflow.approveCorrection(eli, id, null), RefusalReason.NO_PENDING_CORRECTION);
        workflow.correct(emma, id, RE_RATE, null);
        workflow.approveCorrection(eli, id, null);
        assertThat(publicRating(id)).isEqualTo("mostly-false");
        assertThat(desk.eventTypes(id)).containsSubsequence("CorrectionProposed", "CorrectionReturned",
                "CorrectionProposed", "VerdictCorrected");
    }

    @Test
    void reopeningSetsAsideTheWaitingCorrection() {
        long id = published(1, 1);
        workflow.correct(emma, id, RE_RATE, null);
        workflow.reopen(eli, id, "New figures arrived.", null);

        assertThat(publicRating(id)).isEqualTo("false");
        assertRefused(() -> workflow.approveCorrection(eli, id, null), RefusalReason.WRONG_STATE);
    }

    @Test
    void theTypoPathIsOffUnlessTheOrganisationAllowsIt() {
        long id = published(1, 1);
        var typo = new CorrectionDraft("Fixed a spelling mistake.", null, "No, it was nott", null, null, true);

        assertRefused(() -> workflow.correct(emma, id, typo, null), RefusalReason.TYPO_NOT_ALLOWED);
        assertThat(publicPage(id).verdict().headline()).isEqualTo("No, it was not");
    }

    @Test
    void whereAllowedOneEditorPublishesASmallTypoFixAloneAndItIsAudited() {
        long id = published(1, 1);
        desk.allowTypoCorrections(organisation);

        assertRefused(() -> workflow.correct(emma, id, new CorrectionDraft("Re-rated.", "true", null, null, null,
                true), null), RefusalReason.NOT_A_TYPO);
        assertRefused(() -> workflow.correct(emma, id, new CorrectionDraft("Rewrote it.", null, null, null,
                "An entirely new explanation that says something else altogether.", true), null),
                RefusalReason.NOT_A_TYPO);
        workflow.correct(emma, id, new CorrectionDraft("Fixed a contraction.", "false", "No, it wasn't", null, null,
                true), null);

        VerdictPage page = publicPage(id);
        assertThat(page.verdict().headline()).isEqualTo("No, it wasn't");
        assertThat(page.verdict().ratingCode()).isEqualTo("false");
        assertThat(page.corrections()).singleElement()
                .satisfies(note -> assertThat(note.note()).isEqualTo("Fixed a contraction."));
        assertThat(desk.eventTypes(id)).last().isEqualTo(DefaultReviewWorkflow.TYPO_CORRECTION_EVENT);
    }
}
