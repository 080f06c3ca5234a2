package io.factdesk.verification.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.core.claim.ClaimState;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FourEyesPolicyTest {

    private final FourEyesPolicy policy = new FourEyesPolicy();

    @Test
    void editorCannotApproveOwnReview() {
        var request = Requests.valid(Transition.APPROVE, ClaimState.REVIEWED, Requests.editor("emma"))
                .withReview(new ReviewFacts(1, "emma", Set.of()));

        assertThat(policy.check(request)).map(Refusal::reason).contains(RefusalReason.FOUR_EYES);
        assertThat(WorkflowRules.firstRefusal(request)).map(Refusal::reason).contains(RefusalReason.FOUR_EYES);
    }

    @Test
    void anotherEditorMayApprove() {
        var request = Requests.valid(Transition.APPROVE, ClaimState.REVIEWED, Requests.editor("eli"))
                .withReview(new ReviewFacts(1, "emma", Set.of()));

        assertThat(policy.check(request)).isEmpty();
    }

    @Test
    void authorMayStillReturnOrDismiss() {
        var review = new ReviewFacts(1, "emma", Set.of());

        assertThat(policy.check(Requests.valid(Transition.RETURN, ClaimState.REVIEWED, Requests.editor("emma"))
                .withReview(review))).isEmpty();
    }

    @Test
    void approvingWithoutAReviewIsRefused() {
        var request = Requests.valid(Transition.APPROVE, ClaimState.REVIEWED, Requests.editor("eli")).withReview(null);

        assertThat(policy.check(request)).map(Refusal::reason).contains(RefusalReason.WRONG_STATE);
    }
}
