package io.factdesk.verification.workflow;

import io.factdesk.core.claim.ClaimState;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Test fixtures: requests that pass every rule unless a test changes one thing. */
final class Requests {

    static final long ORG = 1L;
    static final Set<String> SCALE = Set.of("true", "mostly-false", "false", "unproven");

    private Requests() {
    }

    static Organisation organisation(long id) {
        Organisation organisation = new Organisation();
        organisation.id = id;
        organisation.slug = "org-" + id;
        organisation.name = "Org " + id;
        return organisation;
    }

    static Actor editor(String username) {
        return new Actor(username, null, organisation(ORG), EnumSet.of(StaffRole.EDITOR));
    }

    static Actor reviewer(String username) {
        return new Actor(username, null, organisation(ORG), EnumSet.of(StaffRole.REVIEWER));
    }

    static Actor admin(String username) {
        return new Actor(username, null, organisation(ORG), EnumSet.of(StaffRole.ADMIN));
    }

    /**
     * A request for {@code transition} on a claim in {@code state}, by {@code actor}, that every rule other than
     * role and state lets through: the actor is the assignee, the review (or proposed correction) is someone
     * else's, a correction awaits approval exactly when the transition decides one, the input is complete.
     */
    static TransitionRequest valid(Transition transition, ClaimState state, Actor actor) {
        boolean decidesCorrection = transition == Transition.APPROVE_CORRECTION
                || transition == Transition.RETURN_CORRECTION;
        var claim = new ClaimFacts(ORG, state, actor.username(), decidesCorrection);
        return TransitionRequest.of(transition, actor, claim, PolicySettings.DEFAULTS)
                .withReview(new ReviewFacts(1, "rita", Set.of()))
                .withEvidencePublishers(List.of("Reuters", "AP"))
                .withRatingCodes(SCALE)
                .withInput(inputFor(transition));
    }

    static TransitionRequest.Input inputFor(Transition transition) {
        return switch (transition) {
            case ASSIGN -> TransitionRequest.Input.assignee("raj", true);
            case ADD_EVIDENCE -> TransitionRequest.Input.evidence(
                    new EvidenceDraft("https://example.org/report", null, "Audit report", "Example", null, null, null));
            case SUBMIT_REVIEW -> TransitionRequest.Input.review(
                    new ReviewDraft("The aid was audited.", "false", null, null));
            case RETURN, DISMISS, REOPEN, RETURN_CORRECTION -> TransitionRequest.Input.note("Because.");
            case CORRECT -> TransitionRequest.Input.correction(
                    new CorrectionDraft("Fixed a date.", null, null, null, null));
            default -> TransitionRequest.Input.NONE;
        };
    }
}
