package io.factdesk.verification.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.core.claim.ClaimState;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinimumEvidencePolicyTest {

    private final MinimumEvidencePolicy policy = new MinimumEvidencePolicy();

    private static TransitionRequest submit(PolicySettings settings, List<String> publishers) {
        return new TransitionRequest(Transition.SUBMIT_REVIEW, Requests.reviewer("rita"),
                new ClaimFacts(Requests.ORG, ClaimState.IN_REVIEW, "rita"), settings, null, publishers,
                Requests.SCALE, Requests.inputFor(Transition.SUBMIT_REVIEW));
    }

    @Test
    void oneItemIsNotEnoughByDefault() {
        var refusal = policy.check(submit(PolicySettings.DEFAULTS, List.of("Reuters")));

        assertThat(refusal).map(Refusal::reason).contains(RefusalReason.MINIMUM_EVIDENCE);
        assertThat(refusal.orElseThrow().detail()).contains("1 evidence item");
    }

    @Test
    void twoItemsFromOnePublisherAreNotIndependent() {
        var refusal = policy.check(submit(PolicySettings.DEFAULTS, List.of("Reuters", "Reuters")));

        assertThat(refusal).map(Refusal::reason).contains(RefusalReason.MINIMUM_EVIDENCE);
        assertThat(refusal.orElseThrow().detail()).contains("1 distinct publisher");
    }

    @Test
    void publishersDifferingInCaseOrSpacingCountOnce() {
        assertThat(policy.check(submit(PolicySettings.DEFAULTS, List.of("Associated  Press", " associated press "))))
                .map(Refusal::reason).contains(RefusalReason.MINIMUM_EVIDENCE);
    }

    @Test
    void twoItemsFromTwoPublishersAreEnough() {
        assertThat(policy.check(submit(PolicySettings.DEFAULTS, List.of("Reuters", "Associated Press")))).isEmpty();
        assertThat(WorkflowRules.firstRefusal(submit(PolicySettings.DEFAULTS, List.of("Reuters", "AP")))).isEmpty();
    }

    @Test
    void organisationCanAskForMore() {
        var strict = new PolicySettings(1, 1, 3, 3);

        assertThat(policy.check(submit(strict, List.of("Reuters", "AP")))).isPresent();
        assertThat(policy.check(submit(strict, List.of("Reuters", "AP", "reuters")))).isPresent();
        assertThat(policy.check(submit(strict, List.of("Reuters", "AP", "BBC")))).isEmpty();
    }

    @Test
    void organisationCanWaiveTheMinimum() {
        assertThat(policy.check(submit(new PolicySettings(1, 1, 0, 0), List.of()))).isEmpty();
    }

    @Test
    void otherTransitionsAreNotConcerned() {
        var take = new TransitionRequest(Transition.TAKE, Requests.reviewer("rita"),
                new ClaimFacts(Requests.ORG, ClaimState.SUBMITTED, null), PolicySettings.DEFAULTS, null, List.of(),
                null, null);

        assertThat(policy.check(take)).isEmpty();
    }
}
