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
}
