package io.factdesk.verification.workflow;

import static io.factdesk.verification.workflow.Transition.ADD_EVIDENCE;
import static io.factdesk.verification.workflow.Transition.APPROVE;
import static io.factdesk.verification.workflow.Transition.APPROVE_CORRECTION;
import static io.factdesk.verification.workflow.Transition.ASSIGN;
import static io.factdesk.verification.workflow.Transition.CORRECT;
import static io.factdesk.verification.workflow.Transition.DISMISS;
import static io.factdesk.verification.workflow.Transition.REMOVE_EVIDENCE;
import static io.factdesk.verification.workflow.Transition.REOPEN;
import static io.factdesk.verification.workflow.Transition.RETURN;
import static io.factdesk.verification.workflow.Transition.RETURN_CORRECTION;
import static io.factdesk.verification.workflow.Transition.SUBMIT_REVIEW;
import static io.factdesk.verification.workflow.Transition.TAKE;
import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.core.claim.ClaimState;
import io.factdesk.core.evidence.Stance;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import io.factdesk.verification.common.Refused;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ReviewWorkflow#allowed} against the workflow itself: for every claim state (and the approval situations
 * within one) and every kind of staff, each transition is tried for real, with complete input, on a fresh claim;
 * the transitions that succeed are exactly the ones {@code allowed} named, and nothing was written by asking.
 * The expected sets are also written out, so a rule that wrongly refuses everything fails here too.
 */
@QuarkusTest
class AllowedActionsTest {

    @Inject
    ReviewWorkflow workflow;

    @Inject
    Desk desk;

    Organisation organisation;
    Actor rita;
    Actor raj;
    Actor emma;
    Actor eli;
    Actor olga;

    @BeforeEach
    void setUp() {
        // Two approvals needed, so "approved once, one more needed" is a situation of its own.
        organisation = desk.organisation(2, 3);
        rita = desk.reviewer(organisation, "rita");
        raj = desk.reviewer(organisation, "raj");
        emma = desk.editor(organisation, "emma");
        eli = desk.editor(organisation, "eli");
        olga = desk.editor(desk.organisation(1, 1), "olga");
    }

    /** One situation of a claim, built afresh for each real attempt that changes it. */
    private record Situation(String name, ClaimState state, Supplier<Long> build, Map<Actor, Set<Transition>> may) {
    }

    private static final Set<Transition> NOTHING = EnumSet.noneOf(Transition.class);

    private List<Situation> situations() {
        List<Situation> all = new ArrayList<>();
        all.add(new Situation("submitted", ClaimState.SUBMITTED, this::submitted, expect(
                EnumSet.of(TAKE, ADD_EVIDENCE, REMOVE_EVIDENCE),
                EnumSet.of(TAKE, ADD_EVIDENCE, REMOVE_EVIDENCE),
                EnumSet.of(TAKE, ASSIGN, ADD_EVIDENCE, REMOVE_EVIDENCE, DISMISS),
                EnumSet.of(TAKE, ASSIGN, ADD_EVIDENCE, REMOVE_EVIDENCE, DISMISS))));
        all.add(new Situation("in review with rita", ClaimState.IN_REVIEW, this::inReview, expect(
                EnumSet.of(ADD_EVIDENCE, REMOVE_EVIDENCE, SUBMIT_REVIEW),
                EnumSet.of(ADD_EVIDENCE, REMOVE_EVIDENCE),
                EnumSet.of(ASSIGN, ADD_EVIDENCE, REMOVE_EVIDENCE, DISMISS),
                EnumSet.of(ASSIGN, ADD_EVIDENCE, REMOVE_EVIDENCE, DISMISS))));
        all.add(new Situation("reviewed by rita", ClaimState.REVIEWED, () -> reviewedBy(rita), expect(
                NOTHING, NOTHING, EnumSet.of(APPROVE, RETURN, DISMISS), EnumSet.of(APPROVE, RETURN, DISMISS))));
        all.add(new Situation("reviewed by eli, an editor", ClaimState.REVIEWED, () -> reviewedBy(eli), expect(
                NOTHING, NOTHING, EnumSet.of(APPROVE, RETURN, DISMISS), EnumSet.of(RETURN, DISMISS))));
        all.add(new Situation("approved once by emma", ClaimState.REVIEWED, this::approvedOnce, expect(
                NOTHING, NOTHING, EnumSet.of(RETURN, DISMISS), EnumSet.of(APPROVE, RETURN, DISMISS))));
        all.add(new Situation("rated", ClaimState.RATED, this::rated, expect(
                NOTHING, NOTHING, EnumSet.of(CORRECT, REOPEN), EnumSet.of(CORRECT, REOPEN))));
        all.add(new Situation("correction proposed by eli", ClaimState.RATED, this::correctionProposed, expect(
                NOTHING, NOTHING, EnumSet.of(APPROVE_CORRECTION, RETURN_CORRECTION, REOPEN),
                EnumSet.of(RETURN_CORRECTION, REOPEN))));
        all.add(new Situation("dismissed", ClaimState.DISMISSED, this::dismissed, expect(
                NOTHING, NOTHING, NOTHING, NOTHING)));
        return all;
    }

    private Map<Actor, Set<Transition>> expect(Set<Transition> ritaMay, Set<Transition> rajMay,
            Set<Transition> emmaMay, Set<Transition> eliMay) {
        Map<Actor, Set<Transition>> may = new LinkedHashMap<>();
        may.put(rita, ritaMay);
        may.put(raj, rajMay);
        may.put(emma, emmaMay);
        may.put(eli, eliMay);
        may.put(olga, NOTHING);
        return may;
    }

    @Test
    void allowedNamesExactlyTheTransitionsTheWorkflowAccepts() {
        for (Situation situation : situations()) {
            long claimId = situation.build().get();
            assertThat(desk.reload(claimId).state()).as(situation.name()).isEqualTo(situation.state());
            for (Map.Entry<Actor, Set<Transition>> expected : situation.may().entrySet()) {
                Actor actor = expected.getKey();
                String who = situation.name() + ", " + actor.displayName();
                long version = desk.reload(claimId).version();
                int events = desk.eventTypes(claimId).size();

                AllowedActions allowed = workflow.allowed(actor, desk.reload(claimId));

                assertThat(allowed.transitions()).as(who).isEqualTo(expected.getValue());
                assertThat(desk.reload(claimId).version()).as(who + ": asking writes nothing").isEqualTo(version);
                assertThat(desk.eventTypes(claimId)).as(who + ": asking records nothing").hasSize(events);

                Set<Transition> accepted = EnumSet.noneOf(Transition.class);
                for (Transition transition : Transition.values()) {
                    if (attempt(transition, actor, claimId)) {
                        accepted.add(transition);
                        claimId = situation.build().get();
                    }
                }
                assertThat(accepted).as(who + ": what the workflow accepts").isEqualTo(allowed.transitions());
            }
        }
    }

    @Test
    void refusalsSayWhyAnEditorMayNotApprove() {
        long reviewedByEli = reviewedBy(eli);
        assertThat(workflow.allowed(eli, desk.reload(reviewedByEli)).refusal(APPROVE).reason())
                .isEqualTo(RefusalReason.FOUR_EYES);

        long approvedOnce = approvedOnce();
        assertThat(workflow.allowed(emma, desk.reload(approvedOnce)).refusal(APPROVE).reason())
                .isEqualTo(RefusalReason.ALREADY_APPROVED);

        long proposed = correctionProposed();
        Refusal ownProposal = workflow.allowed(eli, desk.reload(proposed)).refusal(APPROVE_CORRECTION);
        assertThat(ownProposal.reason()).isEqualTo(RefusalReason.FOUR_EYES);
        assertThat(ownProposal.englishMessage()).isEqualTo("You proposed this correction; another editor must approve it.");
        assertThat(workflow.allowed(rita, desk.reload(proposed)).refusal(APPROVE_CORRECTION).reason())
                .isEqualTo(RefusalReason.WRONG_ROLE);
    }

    @Test
    void codesAreTheApiNamesOfTheTransitions() {
        long claimId = inReview();

        assertThat(workflow.allowed(emma, desk.reload(claimId)).codes())
                .containsExactly("assign", "dismiss", "add-evidence", "remove-evidence");
        assertThat(workflow.allowed(rita, desk.reload(claimId)).codes())
                .containsExactly("submit-review", "add-evidence", "remove-evidence");
    }

    /** Tries the transition with complete input; true if the workflow made it, false if it refused. */
    private boolean attempt(Transition transition, Actor actor, long claimId) {
        try {
            switch (transition) {
                case TAKE -> workflow.take(actor, claimId, null);
                case ASSIGN -> workflow.assign(actor, claimId, rita.username(), null);
                case ADD_EVIDENCE -> workflow.addEvidence(actor, claimId, source("Reuters"), null);
                case REMOVE_EVIDENCE -> workflow.removeEvidence(actor, claimId, desk.evidenceIds(claimId).get(0), null);
                case SUBMIT_REVIEW -> workflow.submitReview(actor, claimId,
                        new ReviewDraft("The audit found no diversion.", "false", null, null), null);
                case APPROVE -> workflow.approve(actor, claimId, null);
                case RETURN -> workflow.returnForWork(actor, claimId, "Add the audit's date.", null);
                case DISMISS -> workflow.dismiss(actor, claimId, "Out of scope.", null);
                case CORRECT -> workflow.correct(actor, claimId,
                        new CorrectionDraft("Fixed the year.", null, null, null, "The audit was in 2024."), null);
                case APPROVE_CORRECTION -> workflow.approveCorrection(actor, claimId, null);
                case RETURN_CORRECTION -> workflow.returnCorrection(actor, claimId, "Not needed.", null);
                case REOPEN -> workflow.reopen(actor, claimId, "New figures came out.", null);
            }
            return true;
        } catch (Refused refused) {
            if (!refused.byWorkflow()) {
                throw refused;
            }
            return false;
        }
    }

    private static EvidenceDraft source(String publisher) {
        return new EvidenceDraft("https://" + Desk.unique() + ".example/report", null, "Audit report", publisher,
                null, Stance.REFUTES, null);
    }

    /** SUBMITTED, with one source already (an editor gathered it), so removing one can be tried. */
    private long submitted() {
        long id = desk.claim(organisation, "The port doubled its trade " + Desk.unique());
        workflow.addEvidence(emma, id, source("Port Authority"), null);
        return id;
    }

    /** IN_REVIEW with rita, with two sources from two publishers: her review can be submitted. */
    private long inReview() {
        long id = desk.claim(organisation, "The dam powers the country " + Desk.unique());
        workflow.take(rita, id, null);
        workflow.addEvidence(rita, id, source("Reuters"), null);
        workflow.addEvidence(rita, id, source("Associated Press"), null);
        return id;
    }

    private long reviewedBy(Actor author) {
        return desk.reviewed(organisation, author, "The canal carries half the trade " + Desk.unique());
    }

    private long approvedOnce() {
        long id = reviewedBy(rita);
        workflow.approve(emma, id, null);
        return id;
    }

    private long rated() {
        long id = approvedOnce();
        workflow.approve(eli, id, null);
        return id;
    }

    private long correctionProposed() {
        long id = rated();
        workflow.correct(eli, id, new CorrectionDraft("Fixed the year.", null, null, null, "In 2024."), null);
        return id;
    }

    private long dismissed() {
        long id = submitted();
        workflow.dismiss(emma, id, "Out of scope.", null);
        return id;
    }
}
