package io.factdesk.verification.workflow;

import java.util.Optional;

/**
 * One rule a transition must pass. Rules are pure functions of a {@link TransitionRequest}: they read nothing from
 * the database, so each can be tested on its own.
 */
@FunctionalInterface
public interface WorkflowRule {

    /** Empty if the rule lets the request through, otherwise why not. */
    Optional<Refusal> check(TransitionRequest request);

    /**
     * True for a rule about what is sent with the transition (a note, a complete draft, a rating on the scale, a
     * staff member to assign, enough evidence gathered) rather than about who may act on the claim now.
     * {@link ReviewWorkflow#allowed} asks only the other rules: a form is offered when the actor may act, and
     * what they send is judged when they send it.
     */
    default boolean judgesInput() {
        return false;
    }
}
