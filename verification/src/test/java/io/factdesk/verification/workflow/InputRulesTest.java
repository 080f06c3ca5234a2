package io.factdesk.verification.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.core.claim.ClaimState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rules that guard who acts and what they must type. */
class InputRulesTest {

    private static RefusalReason refusalOf(TransitionRequest request) {
        return WorkflowRules.firstRefusal(request).map(Refusal::reason).orElse(null);
    }

    @Test
    void onlyTheAssigneeSubmitsTheReview() {
        var request = Requests.valid(Transition.SUBMIT_REVIEW, ClaimState.IN_REVIEW, Requests.reviewer("raj"))
                .withReview(null);
        var assignedToRita = new TransitionRequest(request.transition(), request.actor(),
                new ClaimFacts(Requests.ORG, ClaimState.IN_REVIEW, "rita"), request.policy(), null,
                request.evidencePublishers(), request.ratingCodes(), request.input());

        assertThat(refusalOf(assignedToRita)).isEqualTo(RefusalReason.NOT_ASSIGNEE);
    }

    @ParameterizedTest
    @EnumSource(value = Transition.class, names = {"RETURN", "DISMISS", "CORRECT"})
    void returnDismissAndCorrectNeedANote(Transition transition) {
        ClaimState state = transition == Transition.CORRECT ? ClaimState.RATED : ClaimState.REVIEWED;
        var blank = transition == Transition.CORRECT
                ? TransitionRequest.Input.correction(new CorrectionDraft("  ", "false", null, null, null))
                : TransitionRequest.Input.note(" ");

        assertThat(refusalOf(Requests.valid(transition, state, Requests.editor("emma")).withInput(blank)))
                .isEqualTo(RefusalReason.NOTE_REQUIRED);
    }

    @Test
    void reopeningNeedsNoNote() {
        assertThat(refusalOf(Requests.valid(Transition.REOPEN, ClaimState.RATED, Requests.editor("emma"))
                .withInput(TransitionRequest.Input.note(null)))).isNull();
    }

    @Test
    void reviewNeedsAnalysisAndRating() {
        var actor = Requests.reviewer("rita");
        var noAnalysis = TransitionRequest.Input.review(new ReviewDraft(" ", "false", null, null));
        var noRating = TransitionRequest.Input.review(new ReviewDraft("Analysis", null, null, null));

        assertThat(refusalOf(Requests.valid(Transition.SUBMIT_REVIEW, ClaimState.IN_REVIEW, actor)
                .withInput(noAnalysis))).isEqualTo(RefusalReason.INCOMPLETE_REVIEW);
        assertThat(refusalOf(Requests.valid(Transition.SUBMIT_REVIEW, ClaimState.IN_REVIEW, actor)
                .withInput(noRating))).isEqualTo(RefusalReason.INCOMPLETE_REVIEW);
    }

    @Test
    void ratingMustBeOnTheScale() {
        var offScale = TransitionRequest.Input.review(new ReviewDraft("Analysis", "fake-news", null, null));
        var correction = TransitionRequest.Input.correction(new CorrectionDraft("Re-rated.", "fake-news", null, null, null));

        assertThat(refusalOf(Requests.valid(Transition.SUBMIT_REVIEW, ClaimState.IN_REVIEW, Requests.reviewer("rita"))
                .withInput(offScale))).isEqualTo(RefusalReason.UNKNOWN_RATING);
        assertThat(refusalOf(Requests.valid(Transition.CORRECT, ClaimState.RATED, Requests.editor("emma"))
                .withInput(correction))).isEqualTo(RefusalReason.UNKNOWN_RATING);
    }

    @Test
    void claimsAreAssignedOnlyToStaffOfTheOrganisation() {
        var stranger = TransitionRequest.Input.assignee("olga", false);

        assertThat(refusalOf(Requests.valid(Transition.ASSIGN, ClaimState.SUBMITTED, Requests.editor("emma"))
                .withInput(stranger))).isEqualTo(RefusalReason.UNKNOWN_ASSIGNEE);
    }

    @Test
    void evidenceNeedsTitlePublisherAndSource() {
        var noSource = TransitionRequest.Input.evidence(new EvidenceDraft(" ", null, "Report", "Reuters", null, null, null));
        var citationOnly = TransitionRequest.Input.evidence(
                new EvidenceDraft(null, "Annual report 2024, p. 12", "Report", "Ministry", null, null, null));

        assertThat(refusalOf(Requests.valid(Transition.ADD_EVIDENCE, ClaimState.IN_REVIEW, Requests.reviewer("rita"))
                .withInput(noSource))).isEqualTo(RefusalReason.INCOMPLETE_EVIDENCE);
        assertThat(refusalOf(Requests.valid(Transition.ADD_EVIDENCE, ClaimState.IN_REVIEW, Requests.reviewer("rita"))
                .withInput(citationOnly))).isNull();
    }
}
