package io.factdesk.verification.workflow;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.evidence.Evidence;
import io.factdesk.core.review.Review;
import io.factdesk.core.staff.Actor;
import io.factdesk.verification.common.OrganisationClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Staff reads of claims and their drafts, always scoped to the actor's organisation. */
@ApplicationScoped
public class StaffClaims {

    /** The claim if it belongs to the actor's organisation. */
    @Transactional
    public Optional<Claim> find(Actor actor, long claimId) {
        return OrganisationClaims.find(actor, claimId);
    }

    /** The claim, or {@link io.factdesk.verification.common.NotFound} when it is missing or another organisation's. */
    @Transactional
    public Claim get(Actor actor, long claimId) {
        return OrganisationClaims.get(actor, claimId);
    }

    /** Every review round of the claim, first round first. */
    @Transactional
    public List<Review> reviews(Actor actor, long claimId) {
        return Review.of(get(actor, claimId));
    }

    /** The evidence gathered for the claim, in the order it was added. */
    @Transactional
    public List<Evidence> evidence(Actor actor, long claimId) {
        return Evidence.of(get(actor, claimId));
    }
}
