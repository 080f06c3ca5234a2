package io.factdesk.verification.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.core.claim.ClaimState;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TypoCorrectionPolicyTest {

    private static final RevisionContent PUBLISHED =
            new RevisionContent("false", "No, it was not", "Audits found no diversion.", "Long analysis.", "emma");

    private static TransitionRequest typo(CorrectionDraft draft, boolean allowed) {
        return Requests.valid(Transition.CORRECT, ClaimState.RATED, Requests.editor("emma"))
                .withInput(TransitionRequest.Input.correction(draft))
                .withPublished(PUBLISHED)
                .withReview(null)
                .withRatingCodes(Requests.SCALE)
                .withPolicy(new PolicySettings(1, 1, 2, 2, allowed));
    }

    @Test
    void countsOnlyTheEditedSpan() {
        assertThat(TypoCorrectionPolicy.changed("No, it was not", "No, it wasn't")).isEqualTo(3);
        assertThat(TypoCorrectionPolicy.changed("abc", null)).isZero();
        assertThat(TypoCorrectionPolicy.changed("abc", "abc")).isZero();
        assertThat(TypoCorrectionPolicy.changed("aaa", "aaaa")).isEqualTo(1);
        assertThat(TypoCorrectionPolicy.changed("", "hello")).isEqualTo(5);
    }

    @Test
    void aTypoFlagIsRefusedWhereTheOrganisationDoesNotAllowIt() {
        var draft = new CorrectionDraft("Spelling.", null, "No, it wasn't", null, null, true);

        assertThat(new TypoCorrectionPolicy().check(typo(draft, false))).map(Refusal::reason)
                .contains(RefusalReason.TYPO_NOT_ALLOWED);
        assertThat(new TypoCorrectionPolicy().check(typo(draft, true))).isEmpty();
    }

    @Test
    void aRatingChangeOrALargeEditIsNotATypo() {
        var rerate = new CorrectionDraft("Re-rated.", "true", null, null, null, true);
        var rewrite = new CorrectionDraft("Rewrote.", null, null, "x".repeat(TypoCorrectionPolicy.MAX_CHANGED + 1),
                null, true);

        assertThat(new TypoCorrectionPolicy().check(typo(rerate, true))).map(Refusal::reason)
                .contains(RefusalReason.NOT_A_TYPO);
        assertThat(new TypoCorrectionPolicy().check(typo(rewrite, true))).map(Refusal::reason)
                .contains(RefusalReason.NOT_A_TYPO);
    }

    @Test
    void measuringAHugeEditStaysLinear() {
        String before = "a".repeat(100_000);
        String after = "b".repeat(100_000);
        long start = System.nanoTime();

        assertThat(TypoCorrectionPolicy.changed(before, after)).isEqualTo(100_000);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
    }
}
