package io.factdesk.verification.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.core.claim.ClaimState;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PanelApprovalPolicyTest {

    private static final PolicySettings TWO_OF_THREE = new PolicySettings(2, 3, 2, 2);

    private final PanelApprovalPolicy policy = new PanelApprovalPolicy();

    private static TransitionRequest approval(String editor, PolicySettings settings, Set<String> earlier) {
        return new TransitionRequest(Transition.APPROVE, Requests.editor(editor),
                new ClaimFacts(Requests.ORG, ClaimState.REVIEWED, "rita"), settings,
                new ReviewFacts(1, "rita", earlier), null, null, null);
    }

    @Test
    void firstOfTwoRequiredApprovalsDoesNotPublish() {
        var request = approval("emma", TWO_OF_THREE, Set.of());

        assertThat(WorkflowRules.firstRefusal(request)).isEmpty();
        assertThat(PanelApprovalPolicy.completes(request)).isFalse();
    }

    @Test
    void secondDistinctEditorCompletesTwoOfThree() {
        var request = approval("eli", TWO_OF_THREE, Set.of("emma"));

        assertThat(WorkflowRules.firstRefusal(request)).isEmpty();
        assertThat(PanelApprovalPolicy.completes(request)).isTrue();
    }

    @Test
    void sameEditorCannotApproveTheSameRoundTwice() {
        var request = approval("emma", TWO_OF_THREE, Set.of("emma"));

        assertThat(policy.check(request)).map(Refusal::reason).contains(RefusalReason.ALREADY_APPROVED);
    }

    @Test
    void singleApprovalPublishesByDefault() {
        assertThat(PanelApprovalPolicy.completes(approval("emma", PolicySettings.DEFAULTS, Set.of()))).isTrue();
    }

    @Test
    void newRoundAfterAReturnStartsFromNoApprovals() {
        // The round's approvals are what counts: after a return, the next round carries none of the old ones.
        var nextRound = new TransitionRequest(Transition.APPROVE, Requests.editor("eli"),
                new ClaimFacts(Requests.ORG, ClaimState.REVIEWED, "rita"), TWO_OF_THREE,
                new ReviewFacts(2, "rita", Set.of()), null, null, null);

        assertThat(PanelApprovalPolicy.completes(nextRound)).isFalse();
    }

    @Test
    void threeOfThreeNeedsEveryone() {
        var settings = new PolicySettings(3, 3, 2, 2);

        assertThat(PanelApprovalPolicy.completes(approval("erin", settings, Set.of("emma")))).isFalse();
        assertThat(PanelApprovalPolicy.completes(approval("erin", settings, Set.of("emma", "eli")))).isTrue();
    }
}
