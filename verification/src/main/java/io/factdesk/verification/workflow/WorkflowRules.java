package io.factdesk.verification.workflow;

import java.util.List;
import java.util.Optional;

/**
 * Every rule a transition passes, in the order they are asked: who may act at all, whether the state allows it,
 * whether the input is complete, then the named policies. The first refusal wins.
 */
public final class WorkflowRules {

    public static final List<WorkflowRule> ALL = List.of(
            new OrganisationRule(),
            new RoleRule(),
            new StateRule(),
            new AssigneeRule(),
            new NoteRequiredRule(),
            new CompleteInputRule(),
            new KnownAssigneeRule(),
            new RatingScaleRule(),
            new PendingCorrectionRule(),
            new TypoCorrectionPolicy(),
            new FourEyesPolicy(),
            new PanelApprovalPolicy(),
            new MinimumEvidencePolicy());

    private WorkflowRules() {
    }

    /** The first rule's refusal, or empty if every rule lets the request through. */
    public static Optional<Refusal> firstRefusal(TransitionRequest request) {
        for (WorkflowRule rule : ALL) {
            Optional<Refusal> refusal = rule.check(request);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    /**
     * The first refusal of a dry request, which carries no input: every rule asked except those that judge input
     * ({@link WorkflowRule#judgesInput()}), in the same order. Empty means the actor may make the transition now.
     */
    public static Optional<Refusal> firstRefusalWithoutInput(TransitionRequest request) {
        for (WorkflowRule rule : ALL) {
            Optional<Refusal> refusal = rule.judgesInput() ? Optional.empty() : rule.check(request);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    /** Throws {@link io.factdesk.verification.common.Refused} unless every rule lets the request through. */
    public static void enforce(TransitionRequest request) {
        firstRefusal(request).ifPresent(refusal -> {
            throw refusal.toException(request.transition());
        });
    }
}
