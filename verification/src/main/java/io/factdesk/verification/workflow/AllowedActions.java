package io.factdesk.verification.workflow;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one actor may do on one claim now, as {@link ReviewWorkflow#allowed} found by asking the workflow's own
 * rules: the transitions they let through, and for each other transition the claim's state permits, the refusal
 * (so a page can say why, for example that the viewer wrote the review and another editor must approve it).
 *
 * @param transitions the transitions the actor may make now, given complete input
 * @param refusals why each other transition possible from the claim's state is refused
 */
public record AllowedActions(Set<Transition> transitions, Map<Transition, Refusal> refusals) {

    public AllowedActions {
        transitions = Collections.unmodifiableSet(transitions.isEmpty() ? EnumSet.noneOf(Transition.class)
                : EnumSet.copyOf(transitions));
        refusals = Collections.unmodifiableMap(refusals.isEmpty() ? new EnumMap<>(Transition.class)
                : new EnumMap<>(refusals));
    }

    /** True if the actor may make the transition now. */
    public boolean may(Transition transition) {
        return transitions.contains(transition);
    }

    /** Why the transition is refused, or null when it is allowed or impossible from the claim's state. */
    public Refusal refusal(Transition transition) {
        return refusals.get(transition);
    }

    /** The allowed transitions' codes ({@link Transition#code()}), in the order of {@link Transition}. */
    public List<String> codes() {
        return transitions.stream().map(Transition::code).toList();
    }
}
