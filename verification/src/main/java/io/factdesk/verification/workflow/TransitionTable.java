package io.factdesk.verification.workflow;

import static io.factdesk.core.claim.ClaimState.DISMISSED;
import static io.factdesk.core.claim.ClaimState.IN_REVIEW;
import static io.factdesk.core.claim.ClaimState.RATED;
import static io.factdesk.core.claim.ClaimState.REVIEWED;
import static io.factdesk.core.claim.ClaimState.SUBMITTED;

import io.factdesk.core.claim.ClaimState;
import io.factdesk.core.staff.StaffRole;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The state machine of DESIGN.md §3 in one table: for each transition, the states it may start from, the state it
 * leads to and the least role that may make it. Policies (four-eyes, panel, evidence) come on top of this.
 */
public final class TransitionTable {

    /**
     * One row of the table.
     *
     * @param to the state the claim ends in; {@code null} when it stays where it was (adding or removing evidence)
     */
    public record Row(Transition transition, Set<ClaimState> from, ClaimState to, StaffRole role) {

        public boolean allowsFrom(ClaimState state) {
            return from.contains(state);
        }

        /** The state after the transition from {@code state}. */
        public ClaimState target(ClaimState state) {
            return to == null ? state : to;
        }
    }

    private static final Map<Transition, Row> ROWS = new EnumMap<>(Transition.class);

    static {
        row(Transition.TAKE, EnumSet.of(SUBMITTED), IN_REVIEW, StaffRole.REVIEWER);
        row(Transition.ASSIGN, EnumSet.of(SUBMITTED, IN_REVIEW), IN_REVIEW, StaffRole.EDITOR);
        row(Transition.ADD_EVIDENCE, EnumSet.of(SUBMITTED, IN_REVIEW), null, StaffRole.REVIEWER);
        row(Transition.REMOVE_EVIDENCE, EnumSet.of(SUBMITTED, IN_REVIEW), null, StaffRole.REVIEWER);
        row(Transition.SUBMIT_REVIEW, EnumSet.of(IN_REVIEW), REVIEWED, StaffRole.REVIEWER);
        // An approval that does not yet complete the panel leaves the claim REVIEWED (see PanelApprovalPolicy).
        row(Transition.APPROVE, EnumSet.of(REVIEWED), RATED, StaffRole.EDITOR);
        row(Transition.RETURN, EnumSet.of(REVIEWED), IN_REVIEW, StaffRole.EDITOR);
        row(Transition.DISMISS, EnumSet.of(SUBMITTED, IN_REVIEW, REVIEWED), DISMISSED, StaffRole.EDITOR);
        // A correction is proposed, approved by the panel or returned while the verdict stays public and RATED.
        row(Transition.CORRECT, EnumSet.of(RATED), RATED, StaffRole.EDITOR);
        row(Transition.APPROVE_CORRECTION, EnumSet.of(RATED), RATED, StaffRole.EDITOR);
        row(Transition.RETURN_CORRECTION, EnumSet.of(RATED), RATED, StaffRole.EDITOR);
        row(Transition.REOPEN, EnumSet.of(RATED), IN_REVIEW, StaffRole.EDITOR);
        for (Transition transition : Transition.values()) {
            if (!ROWS.containsKey(transition)) {
                throw new ExceptionInInitializerError("no row for " + transition);
            }
        }
    }

    private TransitionTable() {
    }

    private static void row(Transition transition, Set<ClaimState> from, ClaimState to, StaffRole role) {
        ROWS.put(transition, new Row(transition, Set.copyOf(from), to, role));
    }

    public static Row rowFor(Transition transition) {
        return ROWS.get(transition);
    }

    /** True if the table lets {@code transition} start from {@code state}. */
    public static boolean allows(Transition transition, ClaimState state) {
        return rowFor(transition).allowsFrom(state);
    }

    /** The transitions possible from a state: the candidates {@link ReviewWorkflow#allowed} asks the rules about. */
    public static Set<Transition> from(ClaimState state) {
        Set<Transition> result = EnumSet.noneOf(Transition.class);
        ROWS.values().stream().filter(row -> row.allowsFrom(state)).forEach(row -> result.add(row.transition()));
        return result;
    }
}
