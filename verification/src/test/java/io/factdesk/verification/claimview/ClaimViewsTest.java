package io.factdesk.verification.claimview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factdesk.core.claim.ClaimState;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import io.factdesk.verification.claim.AppearanceDraft;
import io.factdesk.verification.claim.AppearanceService;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.workflow.Desk;
import io.factdesk.verification.workflow.ReviewDraft;
import io.factdesk.verification.workflow.RefusalReason;
import io.factdesk.verification.workflow.ReviewWorkflow;
import io.factdesk.verification.workflow.Transition;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The staff view of a claim: everything the desk page and the API show, only within the reader's organisation. */
@QuarkusTest
class ClaimViewsTest {

    @Inject
    Desk desk;

    @Inject
    ReviewWorkflow workflow;

    @Inject
    AppearanceService appearances;

    @Inject
    ClaimViews views;

    @Test
    void detailHoldsTheClaimWithItsEvidenceAppearancesReviewAndApprovals() {
        Organisation organisation = desk.organisation(2, 2);
        Actor reviewer = desk.reviewer(organisation, "Rita Reviewer");
        Actor editor = desk.editor(organisation, "Eddie Editor");
        long claimId = desk.claim(organisation, "The tunnel took nine years to build");
        appearances.add(reviewer, claimId, new AppearanceDraft("https://news.example/tunnel", null, "Daily Example",
                LocalDate.of(2025, 5, 6)));
        workflow.take(reviewer, claimId, null);
        desk.addEvidence(reviewer, claimId, "Reuters");
        desk.addEvidence(reviewer, claimId, "Associated Press");
        workflow.submitReview(reviewer, claimId, new ReviewDraft("It took six years.", "false", "No, six", null),
                null);
        workflow.approve(editor, claimId, null);

        // Plain data: read after the transaction that loaded it, nothing is loaded lazily.
        ClaimDetail detail = views.detail(reviewer, claimId);
        assertThat(detail.claim().id()).isEqualTo(claimId);
        assertThat(detail.claim().state()).isEqualTo(ClaimState.REVIEWED);
        assertThat(detail.evidence()).extracting(EvidenceItem::publisher)
                .containsExactly("Reuters", "Associated Press");
        assertThat(detail.appearances()).extracting(AppearanceItem::url).containsExactly("https://news.example/tunnel");
        assertThat(detail.review().proposedRating()).isEqualTo("false");
        assertThat(detail.approvers()).containsExactly(editor.username());
        assertThat(detail.awaitingApproval()).isTrue();
        assertThat(detail.approvalsRequired()).isEqualTo(2);
        assertThat(detail.scaleEntry("false")).isNotNull();
        assertThat(detail.staff()).extracting(ClaimDetail.Member::username)
                .contains(reviewer.username(), editor.username());
        assertThat(detail.verdict()).isNull(); // one of two approvals: nothing published yet
        assertThat(detail.pendingCorrection()).isNull();
        assertThat(detail.linked()).isNull();
        assertThat(detail.history()).extracting(ClaimDetail.HistoryEntry::type).isNotEmpty();
        assertThat(detail.allowed().may(Transition.APPROVE)).isFalse(); // the reviewer is no editor
        assertThat(views.detail(editor, claimId).allowed().refusal(Transition.APPROVE).reason())
                .isEqualTo(RefusalReason.ALREADY_APPROVED);
        assertThat(views.evidence(reviewer, claimId)).containsExactlyElementsOf(detail.evidence());
        assertThat(views.appearances(reviewer, claimId)).hasSize(1);
        assertThat(views.claim(reviewer, claimId).claim()).isEqualTo(detail.claim());
    }

    @Test
    void anotherOrganisationsClaimIsNotFound() {
        Organisation mine = desk.organisation(1, 1);
        Organisation theirs = desk.organisation(1, 1);
        long claimId = desk.claim(theirs, "Their claim about the harbour");
        Actor outsider = desk.reviewer(mine, "Otto Outsider");

        assertThatThrownBy(() -> views.detail(outsider, claimId)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> views.claim(outsider, claimId)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> views.evidence(outsider, claimId)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> views.appearances(outsider, claimId)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> views.earlierMatches(outsider, claimId, 5)).isInstanceOf(NotFound.class);
    }
}
