package io.factdesk.verification.workflow;

import io.factdesk.core.staff.Actor;
import java.util.List;
import java.util.Set;

/**
 * Everything the rules decide on: who asks for which transition on which claim, the organisation's policies, the
 * open review round, the evidence so far, the rating scale and what the person typed. Built by the workflow from
 * the database; built by hand in tests.
 *
 * @param review the latest review round, or null when none was submitted
 * @param evidencePublishers the publisher of each evidence item, as entered
 * @param ratingCodes the codes of the organisation's rating scale
 * @param published what the verdict's current revision says, for corrections; null when there is none
 */
public record TransitionRequest(Transition transition, Actor actor, ClaimFacts claim, PolicySettings policy,
        ReviewFacts review, List<String> evidencePublishers, Set<String> ratingCodes, Input input,
        RevisionContent published) {

    public TransitionRequest {
        evidencePublishers = evidencePublishers == null ? List.of() : List.copyOf(evidencePublishers);
        ratingCodes = ratingCodes == null ? Set.of() : Set.copyOf(ratingCodes);
        input = input == null ? Input.NONE : input;
    }

    public TransitionRequest(Transition transition, Actor actor, ClaimFacts claim, PolicySettings policy,
            ReviewFacts review, List<String> evidencePublishers, Set<String> ratingCodes, Input input) {
        this(transition, actor, claim, policy, review, evidencePublishers, ratingCodes, input, null);
    }

    public static TransitionRequest of(Transition transition, Actor actor, ClaimFacts claim, PolicySettings policy) {
        return new TransitionRequest(transition, actor, claim, policy, null, List.of(), Set.of(), Input.NONE, null);
    }

    /**
     * The round or proposed correction awaiting a decision: the review round for approve and return, the proposed
     * correction (author = proposer) for approving or returning a correction.
     */
    public TransitionRequest withReview(ReviewFacts review) {
        return new TransitionRequest(transition, actor, claim, policy, review, evidencePublishers, ratingCodes, input,
                published);
    }

    public TransitionRequest withEvidencePublishers(List<String> publishers) {
        return new TransitionRequest(transition, actor, claim, policy, review, publishers, ratingCodes, input,
                published);
    }

    public TransitionRequest withRatingCodes(Set<String> codes) {
        return new TransitionRequest(transition, actor, claim, policy, review, evidencePublishers, codes, input,
                published);
    }

    public TransitionRequest withInput(Input input) {
        return new TransitionRequest(transition, actor, claim, policy, review, evidencePublishers, ratingCodes, input,
                published);
    }

    public TransitionRequest withPolicy(PolicySettings settings) {
        return new TransitionRequest(transition, actor, claim, settings, review, evidencePublishers, ratingCodes,
                input, published);
    }

    public TransitionRequest withPublished(RevisionContent content) {
        return new TransitionRequest(transition, actor, claim, policy, review, evidencePublishers, ratingCodes, input,
                content);
    }

    public TransitionTable.Row row() {
        return TransitionTable.rowFor(transition);
    }

    /**
     * What the person typed for this transition; only the part the transition uses is set.
     *
     * @param assigneeIsMember whether {@code assignee} is staff of the claim's organisation
     */
    public record Input(String note, ReviewDraft review, CorrectionDraft correction, String assignee,
            boolean assigneeIsMember, EvidenceDraft evidence) {

        /** Longest note sent with a return, a reopening or a returned correction (and a correction's note). */
        public static final int NOTE_LENGTH = 5_000;
        /** Longest reason for dismissing a claim. */
        public static final int REASON_LENGTH = 2_000;
        /** Longest login name of a staff member to assign. */
        public static final int ASSIGNEE_LENGTH = 200;

        public static final Input NONE = new Input(null, null, null, null, false, null);

        public static Input note(String note) {
            return new Input(note, null, null, null, false, null);
        }

        public static Input review(ReviewDraft draft) {
            return new Input(null, draft, null, null, false, null);
        }

        public static Input correction(CorrectionDraft draft) {
            return new Input(draft == null ? null : draft.note(), null, draft, null, false, null);
        }

        public static Input assignee(String username, boolean isMember) {
            return new Input(null, null, null, username, isMember, null);
        }

        public static Input evidence(EvidenceDraft draft) {
            return new Input(null, null, null, null, false, draft);
        }
    }
}
