package io.factdesk.verification.workflow;

import static io.factdesk.core.claim.ClaimState.DISMISSED;
import static io.factdesk.core.claim.ClaimState.IN_REVIEW;
import static io.factdesk.core.claim.ClaimState.RATED;
import static io.factdesk.core.claim.ClaimState.REVIEWED;
import static io.factdesk.core.claim.ClaimState.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.core.claim.ClaimState;
import io.factdesk.core.staff.Actor;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every transition from every state, for each kind of staff: allowed exactly where DESIGN.md §3 says. */
class TransitionTableTest {

    /** Written out independently of {@link TransitionTable}, so a wrong row fails here. */
    private static final Map<Transition, Set<ClaimState>> ALLOWED_FROM = Map.ofEntries(
            Map.entry(Transition.TAKE, EnumSet.of(SUBMITTED)),
            Map.entry(Transition.ASSIGN, EnumSet.of(SUBMITTED, IN_REVIEW)),
            Map.entry(Transition.ADD_EVIDENCE, EnumSet.of(SUBMITTED, IN_REVIEW)),
            Map.entry(Transition.REMOVE_EVIDENCE, EnumSet.of(SUBMITTED, IN_REVIEW)),
            Map.entry(Transition.SUBMIT_REVIEW, EnumSet.of(IN_REVIEW)),
            Map.entry(Transition.APPROVE, EnumSet.of(REVIEWED)),
            Map.entry(Transition.RETURN, EnumSet.of(REVIEWED)),
            Map.entry(Transition.DISMISS, EnumSet.of(SUBMITTED, IN_REVIEW, REVIEWED)),
            Map.entry(Transition.CORRECT, EnumSet.of(RATED)),
            Map.entry(Transition.APPROVE_CORRECTION, EnumSet.of(RATED)),
            Map.entry(Transition.RETURN_CORRECTION, EnumSet.of(RATED)),
            Map.entry(Transition.REOPEN, EnumSet.of(RATED)));

    private static final Set<Transition> REVIEWER_MAY = EnumSet.of(
            Transition.TAKE, Transition.ADD_EVIDENCE, Transition.REMOVE_EVIDENCE, Transition.SUBMIT_REVIEW);

    static Stream<Arguments> everyTransitionFromEveryState() {
        List<Arguments> cases = new ArrayList<>();
        for (Transition transition : Transition.values()) {
            for (ClaimState state : ClaimState.values()) {
                cases.add(Arguments.of(transition, state));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "editor: {0} from {1}")
    @MethodSource("everyTransitionFromEveryState")
    void editorMayMakeEveryTransitionFromItsStatesOnly(Transition transition, ClaimState state) {
        Optional<Refusal> refusal = WorkflowRules.firstRefusal(Requests.valid(transition, state, Requests.editor("emma")));

        if (ALLOWED_FROM.get(transition).contains(state)) {
            assertThat(refusal).isEmpty();
        } else {
            assertThat(refusal).map(Refusal::reason).contains(RefusalReason.WRONG_STATE);
        }
    }

    @ParameterizedTest(name = "reviewer: {0} from {1}")
    @MethodSource("everyTransitionFromEveryState")
    void reviewerMayOnlyTakeGatherEvidenceAndSubmit(Transition transition, ClaimState state) {
        Optional<Refusal> refusal = WorkflowRules.firstRefusal(Requests.valid(transition, state, Requests.reviewer("rita2")));

        if (!REVIEWER_MAY.contains(transition)) {
            assertThat(refusal).map(Refusal::reason).contains(RefusalReason.WRONG_ROLE);
        } else if (ALLOWED_FROM.get(transition).contains(state)) {
            assertThat(refusal).isEmpty();
        } else {
            assertThat(refusal).map(Refusal::reason).contains(RefusalReason.WRONG_STATE);
        }
    }

    @ParameterizedTest(name = "admin only: {0} from {1}")
    @MethodSource("everyTransitionFromEveryState")
    void adminWithoutStaffRoleMayMakeNoTransition(Transition transition, ClaimState state) {
        Optional<Refusal> refusal = WorkflowRules.firstRefusal(Requests.valid(transition, state, Requests.admin("ada")));

        assertThat(refusal).map(Refusal::reason).contains(RefusalReason.WRONG_ROLE);
    }

    @ParameterizedTest(name = "other organisation: {0} from {1}")
    @MethodSource("everyTransitionFromEveryState")
    void staffOfAnotherOrganisationMayMakeNoTransition(Transition transition, ClaimState state) {
        Actor outsider = new Actor("olga", null, Requests.organisation(2), Requests.editor("x").roles());
        Optional<Refusal> refusal = WorkflowRules.firstRefusal(Requests.valid(transition, state, outsider));

        assertThat(refusal).map(Refusal::reason).contains(RefusalReason.WRONG_ORGANISATION);
    }

    @Test
    void eachTransitionLeadsToItsDesignedState() {
        assertThat(TransitionTable.rowFor(Transition.TAKE).target(SUBMITTED)).isEqualTo(IN_REVIEW);
        assertThat(TransitionTable.rowFor(Transition.ASSIGN).target(SUBMITTED)).isEqualTo(IN_REVIEW);
        assertThat(TransitionTable.rowFor(Transition.ASSIGN).target(IN_REVIEW)).isEqualTo(IN_REVIEW);
        assertThat(TransitionTable.rowFor(Transition.ADD_EVIDENCE).target(SUBMITTED)).isEqualTo(SUBMITTED);
        assertThat(TransitionTable.rowFor(Transition.ADD_EVIDENCE).target(IN_REVIEW)).isEqualTo(IN_REVIEW);
        assertThat(TransitionTable.rowFor(Transition.SUBMIT_REVIEW).target(IN_REVIEW)).isEqualTo(REVIEWED);
        assertThat(TransitionTable.rowFor(Transition.APPROVE).target(REVIEWED)).isEqualTo(RATED);
        assertThat(TransitionTable.rowFor(Transition.RETURN).target(REVIEWED)).isEqualTo(IN_REVIEW);
        assertThat(TransitionTable.rowFor(Transition.DISMISS).target(REVIEWED)).isEqualTo(DISMISSED);
        assertThat(TransitionTable.rowFor(Transition.CORRECT).target(RATED)).isEqualTo(RATED);
        assertThat(TransitionTable.rowFor(Transition.APPROVE_CORRECTION).target(RATED)).isEqualTo(RATED);
        assertThat(TransitionTable.rowFor(Transition.RETURN_CORRECTION).target(RATED)).isEqualTo(RATED);
        assertThat(TransitionTable.rowFor(Transition.REOPEN).target(RATED)).isEqualTo(IN_REVIEW);
    }

    @Test
    void dismissedClaimsAreFinal() {
        assertThat(TransitionTable.from(DISMISSED)).isEmpty();
    }

    @Test
    void pagesCanListTheTransitionsOfAState() {
        assertThat(TransitionTable.from(REVIEWED))
                .containsExactlyInAnyOrder(Transition.APPROVE, Transition.RETURN, Transition.DISMISS);
    }
}
