package io.factdesk.verification.workflow;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.ClaimState;
import io.factdesk.core.evidence.Evidence;
import io.factdesk.core.organisation.OrganisationMember;
import io.factdesk.core.rating.Rating;
import io.factdesk.core.review.Approval;
import io.factdesk.core.review.Review;
import io.factdesk.core.review.ReviewStatus;
import io.factdesk.core.staff.Actor;
import io.factdesk.verification.common.OrganisationClaims;
import io.factdesk.core.verdict.CorrectionApproval;
import io.factdesk.core.verdict.CorrectionProposal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;

/**
 * The workflow's way into the database: finds a claim only within the actor's organisation, gathers the facts
 * the rules need, and writes the claim's new version so a concurrent writer is caught as stale.
 */
@ApplicationScoped
class ClaimGate {

    @Inject
    EntityManager entityManager;

    /** The claim if it is the actor's organisation's; another organisation's claim is simply not found. */
    Claim open(Transition transition, Actor actor, long claimId, Long expectedVersion) {
        Claim claim = OrganisationClaims.find(actor, claimId)
                .orElseThrow(() -> Refusal.of(RefusalReason.NOT_FOUND).toException(transition));
        if (expectedVersion != null && expectedVersion != claim.version()) {
            throw Refusal.of(RefusalReason.STALE_VERSION).toException(transition);
        }
        return claim;
    }

    TransitionRequest request(Transition transition, Actor actor, Claim claim) {
        // Only a published (RATED) claim can have a correction waiting; spare the lookup otherwise.
        boolean pending = claim.state() == ClaimState.RATED && pendingCorrection(claim).isPresent();
        return TransitionRequest.of(transition, actor, ClaimFacts.of(claim, pending),
                PolicySettings.of(claim.organisation));
    }

    /**
     * The review round or proposed correction that {@code transition} decides, as the rules see it: the open round
     * for approving or returning a review, the waiting correction for approving or returning one; null otherwise
     * or when none waits.
     */
    ReviewFacts decidedBy(Transition transition, Claim claim) {
        return switch (transition) {
            case APPROVE, RETURN -> openReview(claim).map(this::factsOf).orElse(null);
            case APPROVE_CORRECTION, RETURN_CORRECTION -> pendingCorrection(claim).map(this::factsOf).orElse(null);
            default -> null;
        };
    }

    /** The correction of the claim's verdict that awaits approval, if any. */
    Optional<CorrectionProposal> pendingCorrection(Claim claim) {
        return CorrectionProposal.pendingFor(claim.id);
    }

    /** The proposed correction as the approval rules see it: its proposer is its author. */
    ReviewFacts factsOf(CorrectionProposal proposal) {
        var approvers = CorrectionApproval.of(proposal).stream().map(approval -> approval.editor).toList();
        return new ReviewFacts(0, proposal.proposedBy, new HashSet<>(approvers));
    }

    /** The round awaiting a decision, if any. */
    Optional<Review> openReview(Claim claim) {
        return Review.latestOf(claim).filter(review -> review.status == ReviewStatus.SUBMITTED);
    }

    ReviewFacts factsOf(Review review) {
        var approvers = Approval.of(review).stream().map(approval -> approval.editor).collect(Collectors.toList());
        return new ReviewFacts(review.round, review.author, new HashSet<>(approvers));
    }

    List<String> evidencePublishers(Claim claim) {
        return Evidence.of(claim).stream().map(evidence -> evidence.publisher).toList();
    }

    Set<String> ratingCodes(Claim claim) {
        return Rating.scaleOf(claim.organisation).stream().map(rating -> rating.code).collect(Collectors.toSet());
    }

    boolean isMember(Claim claim, String username) {
        return username != null && OrganisationMember.findByUsername(username.strip())
                .filter(member -> Objects.equals(member.organisation.id, claim.organisation.id))
                .isPresent();
    }

    /**
     * Writes the claim's change now, before anything else of the transition, so that of two concurrent
     * transitions the second one blocks on the row and then finds its version gone: it is refused as stale and
     * has written nothing.
     */
    void writeVersion(Transition transition, Claim claim) {
        claim.touch();
        flush(transition);
    }

    /** Flushes the rest of the transition so every failure surfaces here, inside the transition. */
    void flush(Transition transition) {
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (isStale(e)) {
                throw Refusal.of(RefusalReason.STALE_VERSION).toException(transition);
            }
            throw e;
        }
    }

    private static boolean isStale(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }
}
