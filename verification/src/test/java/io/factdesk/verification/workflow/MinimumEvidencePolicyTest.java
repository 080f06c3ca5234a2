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
        assertThat(refusal.orElseThrow().englishMessage()).isEqualTo("More evidence is needed before the review can be "
                + "submitted: it needs at least 2 pieces of evidence from 2 different publishers; the claim has 1 piece "
                + "from 1 publisher.");
        assertThat(refusal.orElseThrow().shortfall()).isEqualTo(new EvidenceShortfall(2, 2, 1, 1));
    }

    @Test
    void twoItemsFromOnePublisherAreNotIndependent() {
        var refusal = policy.check(submit(PolicySettings.DEFAULTS, List.of("Reuters", "Reuters")));

        assertThat(refusal).map(Refusal::reason).contains(RefusalReason.MINIMUM_EVIDENCE);
        assertThat(refusal.orElseThrow().englishMessage())
                .endsWith("; the claim has 2 pieces from 1 publisher.");
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
    void noEvidenceAtAllIsNamedAsNone() {
        var refusal = policy.check(submit(new PolicySettings(1, 1, 1, 1), List.of()));

        assertThat(refusal.orElseThrow().englishMessage())
                .endsWith(": it needs at least 1 piece of evidence from 1 publisher; the claim has none from no publisher.");
        assertThat(refusal.orElseThrow().toException(Transition.SUBMIT_REVIEW).arguments())
                .containsExactly(1, 1, 0, 0);
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
