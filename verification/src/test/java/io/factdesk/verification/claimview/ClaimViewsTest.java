package io.factdesk.verification.claimview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import io.factdesk.verification.claim.AppearanceDraft;
import io.factdesk.verification.claim.AppearanceService;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.workflow.Desk;
import io.factdesk.verification.workflow.ReviewDraft;
import io.factdesk.verification.workflow.ReviewWorkflow;
import io.quarkus.narayana.jta.QuarkusTransaction;
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

        QuarkusTransaction.requiringNew().run(() -> {
            ClaimDetail detail = views.detail(reviewer, claimId);
            assertThat(detail.claim().id).isEqualTo(claimId);
            assertThat(detail.evidence()).extracting(e -> e.publisher)
                    .containsExactly("Reuters", "Associated Press");
            assertThat(detail.appearances()).extracting(a -> a.url).containsExactly("https://news.example/tunnel");
            assertThat(detail.review().proposedRating).isEqualTo("false");
            assertThat(detail.approvers()).containsExactly(editor.username());
            assertThat(detail.scale()).isNotEmpty();
            assertThat(detail.staff()).extracting(m -> m.username).contains(reviewer.username(), editor.username());
            assertThat(detail.verdict()).isNull(); // one of two approvals: nothing published yet
            assertThat(detail.pendingCorrection()).isNull();
            assertThat(detail.linkedHref()).isNull();
            assertThat(detail.history()).isNotEmpty();
            assertThat(views.evidence(reviewer, claimId)).extracting(e -> e.id)
                    .containsExactlyElementsOf(detail.evidence().stream().map(e -> e.id).toList());
            assertThat(views.appearances(reviewer, claimId)).hasSize(1);
        });
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
    }
}
