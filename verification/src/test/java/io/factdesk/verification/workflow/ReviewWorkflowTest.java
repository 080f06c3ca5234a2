package io.factdesk.verification.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.factdesk.core.claim.ClaimState;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.review.Review;
import io.factdesk.core.review.ReviewStatus;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.verdict.Verdict;
import io.factdesk.core.verdict.VerdictRevision;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.common.Refused;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The workflow on the embedded PostgreSQL: each transition's effect on claim, review, verdict and audit. */
@QuarkusTest
class ReviewWorkflowTest {

    @Inject
    ReviewWorkflow workflow;

    @Inject
    AuditTrail auditTrail;

    @Inject
    StaffClaims claims;

    @Inject
    Desk desk;

    Organisation organisation;
    Actor rita;
    Actor emma;
    Actor eli;

    @BeforeEach
    void setUp() {
        organisation = desk.organisation(1, 1);
        rita = desk.reviewer(organisation, "rita");
        emma = desk.editor(organisation, "emma");
        eli = desk.editor(organisation, "eli");
    }

    static void assertRefused(ThrowingCallable call, RefusalReason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo(reason.code());
            assertThat(refused.byWorkflow()).isTrue();
        });
    }

    @Test
    void submittedClaimIsReviewedApprovedByAnotherEditorAndPublished() {
        long id = desk.claim(organisation, "Zelensky embezzled US aid");

        assertThat(workflow.take(rita, id, 0L).version()).isEqualTo(1);
        desk.addEvidence(rita, id, "Reuters");
        desk.addEvidence(rita, id, "Associated Press");
        var reviewed = workflow.submitReview(rita, id,
                new ReviewDraft("Audits found no diversion.\n\nDetails.", "false", null, null), 3L);
        assertThat(reviewed.state()).isEqualTo(ClaimState.REVIEWED);
        var rated = workflow.approve(emma, id, 4L);

        assertThat(rated.state()).isEqualTo(ClaimState.RATED);
        assertThat(rated.version()).isEqualTo(5);
        assertThat(rated.assignee()).isEqualTo(rita.username());
        QuarkusTransaction.requiringNew().run(() -> {
            Verdict verdict = Verdict.findByClaim(desk.reload(id)).orElseThrow();
            assertThat(verdict.slug).isEqualTo("zelensky-embezzled-us-aid-" + id);
            assertThat(verdict.currentRevision).isEqualTo(1);
            assertThat(verdict.underReview).isFalse();
            VerdictRevision revision = verdict.current();
            assertThat(revision.ratingCode).isEqualTo("false");
            assertThat(revision.headline).isEqualTo("Zelensky embezzled US aid");
            assertThat(revision.summary).isEqualTo("Audits found no diversion.");
            assertThat(revision.explanation).isEqualTo("Audits found no diversion.\n\nDetails.");
            assertThat(revision.approvers).isEqualTo(emma.username());
            assertThat(Review.latestOf(verdict.claim).orElseThrow().status).isEqualTo(ReviewStatus.APPROVED);
        });
        assertThat(auditTrail.of(rita, id))
                .extracting(AuditEntry::type, AuditEntry::fromState, AuditEntry::toState)
                .containsExactly(
                        tuple("ClaimSubmitted", null, ClaimState.SUBMITTED),
                        tuple("ClaimTaken", ClaimState.SUBMITTED, ClaimState.IN_REVIEW),
                        tuple("EvidenceAdded", ClaimState.IN_REVIEW, ClaimState.IN_REVIEW),
                        tuple("EvidenceAdded", ClaimState.IN_REVIEW, ClaimState.IN_REVIEW),
                        tuple("ReviewSubmitted", ClaimState.IN_REVIEW, ClaimState.REVIEWED),
                        tuple("RatingApproved", ClaimState.REVIEWED, ClaimState.RATED));
        assertThat(auditTrail.of(rita, id)).extracting(AuditEntry::actor).containsSubsequence(
                rita.username(), rita.username(), emma.username());
    }

    @Test
    void editorCannotApproveOwnReview() {
        long id = desk.reviewed(organisation, emma, "The minister doubled the budget");
        long version = desk.reload(id).version();

        assertRefused(() -> workflow.approve(emma, id, null), RefusalReason.FOUR_EYES);
        assertThat(desk.reload(id).version()).isEqualTo(version);
        assertThat(desk.reload(id).state()).isEqualTo(ClaimState.REVIEWED);
        assertThat(desk.eventTypes(id)).doesNotContain("RatingApproved");
    }

    @Test
    void reviewWithOneSourceIsRefusedAndNothingIsWritten() {
        long id = desk.claim(organisation, "Crime rose 300 percent");
        workflow.take(rita, id, null);
        desk.addEvidence(rita, id, "Reuters");
        desk.addEvidence(rita, id, "  reuters ");

        assertRefused(() -> workflow.submitReview(rita, id, new ReviewDraft("Analysis", "false", null, null), null),
                RefusalReason.MINIMUM_EVIDENCE);
        assertThat(desk.reload(id).state()).isEqualTo(ClaimState.IN_REVIEW);
        assertThat(claims.reviews(rita, id)).isEmpty();
    }

    @Test
    void onlyTheAssigneeSubmitsTheReview() {
        Actor raj = desk.reviewer(organisation, "raj");
        long id = desk.claim(organisation, "Unemployment is at a record low");
        workflow.take(rita, id, null);
        desk.addEvidence(rita, id, "Reuters");
        desk.addEvidence(rita, id, "AP");

        assertRefused(() -> workflow.submitReview(raj, id, new ReviewDraft("Analysis", "true", null, null), null),
                RefusalReason.NOT_ASSIGNEE);
    }

    @Test
    void returnedReviewGoesBackToTheSameReviewerForANewRound() {
        long id = desk.reviewed(organisation, rita, "Aid was stolen");

        var returned = workflow.returnForWork(emma, id, "Cite the 2023 audit.", null);

        assertThat(returned.state()).isEqualTo(ClaimState.IN_REVIEW);
        assertThat(returned.assignee()).isEqualTo(rita.username());
        List<Review> reviews = claims.reviews(rita, id);
        assertThat(reviews).singleElement().satisfies(review -> {
            assertThat(review.status).isEqualTo(ReviewStatus.RETURNED);
            assertThat(review.returnNote).isEqualTo("Cite the 2023 audit.");
        });
        workflow.submitReview(rita, id, new ReviewDraft("Now with the audit.", "false", null, null), null);
        assertThat(claims.reviews(rita, id)).extracting(review -> review.round).containsExactly(1, 2);
        assertRefused(() -> workflow.returnForWork(emma, id, "  ", null), RefusalReason.NOTE_REQUIRED);
    }

    @Test
    void dismissNeedsAReasonAndKeepsIt() {
        long id = desk.claim(organisation, "I think it will rain");

        assertRefused(() -> workflow.dismiss(emma, id, null, null), RefusalReason.NOTE_REQUIRED);
        assertRefused(() -> workflow.dismiss(rita, id, "Opinion", null), RefusalReason.WRONG_ROLE);
        var dismissed = workflow.dismiss(emma, id, "Not check-worthy: an opinion", null);

        assertThat(dismissed.state()).isEqualTo(ClaimState.DISMISSED);
        assertThat(dismissed.dismissReason()).isEqualTo("Not check-worthy: an opinion");
        assertRefused(() -> workflow.take(rita, id, null), RefusalReason.WRONG_STATE);
    }

    @Test
    void editorAssignsOnlyToStaffOfTheOrganisation() {
        Organisation other = desk.organisation(1, 1);
        Actor olga = desk.reviewer(other, "olga");
        long id = desk.claim(organisation, "Exports fell by half");

        assertRefused(() -> workflow.assign(emma, id, olga.username(), null), RefusalReason.UNKNOWN_ASSIGNEE);
        assertRefused(() -> workflow.assign(emma, id, "nobody-" + Desk.unique(), null), RefusalReason.UNKNOWN_ASSIGNEE);
        assertRefused(() -> workflow.assign(rita, id, rita.username(), null), RefusalReason.WRONG_ROLE);
        var assigned = workflow.assign(emma, id, rita.username(), null);

        assertThat(assigned.state()).isEqualTo(ClaimState.IN_REVIEW);
        assertThat(assigned.assignee()).isEqualTo(rita.username());
    }

    @Test
    void staleExpectedVersionIsRefused() {
        long id = desk.claim(organisation, "Taxes went up");
        workflow.take(rita, id, 0L);

        assertRefused(() -> workflow.assign(emma, id, rita.username(), 0L), RefusalReason.STALE_VERSION);
        assertThat(desk.reload(id).version()).isEqualTo(1);
    }

    @Test
    void reopenedVerdictStaysPublicUnderReviewUntilTheNextApprovalAddsARevision() {
        long id = desk.reviewed(organisation, rita, "The bridge cost a billion");
        workflow.approve(emma, id, null);

        var reopened = workflow.reopen(eli, id, "New documents surfaced.", null);

        assertThat(reopened.state()).isEqualTo(ClaimState.IN_REVIEW);
        QuarkusTransaction.requiringNew().run(() -> {
            Verdict verdict = Verdict.findByClaim(desk.reload(id)).orElseThrow();
            assertThat(verdict.underReview).isTrue();
            assertThat(verdict.currentRevision).isEqualTo(1);
        });
        workflow.submitReview(rita, id, new ReviewDraft("Re-reviewed with new documents.", "mostly-false", null, null),
                null);
        workflow.approve(eli, id, null);
        QuarkusTransaction.requiringNew().run(() -> {
            Verdict verdict = Verdict.findByClaim(desk.reload(id)).orElseThrow();
            assertThat(verdict.underReview).isFalse();
            assertThat(verdict.currentRevision).isEqualTo(2);
            assertThat(VerdictRevision.of(verdict)).extracting(r -> r.ratingCode)
                    .containsExactly("false", "mostly-false");
        });
        assertThat(desk.eventTypes(id)).containsSubsequence("RatingApproved", "VerdictReopened", "RatingApproved");
    }

    @Test
    void evidenceIsRemovedAsATransitionWithTheSameChecksAsAddingIt() {
        long id = desk.claim(organisation, "Exports fell by half");
        workflow.take(rita, id, null);
        desk.addEvidence(rita, id, "Reuters");
        desk.addEvidence(rita, id, "Associated Press");
        long first = desk.evidenceIds(id).get(0);
        long version = desk.reload(id).version();

        assertRefused(() -> workflow.removeEvidence(rita, id, first, version - 1), RefusalReason.STALE_VERSION);
        assertThatThrownBy(() -> workflow.removeEvidence(rita, id, Long.MAX_VALUE, version))
                .isInstanceOf(NotFound.class);
        workflow.removeEvidence(rita, id, first, version);

        assertThat(desk.evidenceIds(id)).doesNotContain(first).hasSize(1);
        assertThat(desk.reload(id).version()).isEqualTo(version + 1);
        assertThat(desk.eventTypes(id)).endsWith("EvidenceRemoved");
        ReviewDraft review = new ReviewDraft("Half of it.", "false", null, null);
        assertRefused(() -> workflow.submitReview(rita, id, review, null), RefusalReason.MINIMUM_EVIDENCE);
        desk.addEvidence(rita, id, "Agence France-Presse");
        workflow.submitReview(rita, id, review, null);
        long kept = desk.evidenceIds(id).get(0);
        assertRefused(() -> workflow.removeEvidence(rita, id, kept, null), RefusalReason.WRONG_STATE);
    }
}
