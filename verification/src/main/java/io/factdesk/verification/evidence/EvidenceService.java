package io.factdesk.verification.evidence;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.evidence.Evidence;
import io.factdesk.core.staff.Actor;
import io.factdesk.verification.claim.ClaimService;
import io.factdesk.verification.workflow.EvidenceDraft;
import io.factdesk.verification.workflow.ReviewWorkflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The sources consulted for a claim. Adding and removing one are review-workflow transitions (ADD_EVIDENCE,
 * REMOVE_EVIDENCE): evidence changes only while the claim is submitted or in review, so what an editor approves is
 * what the reviewer submitted, and each change bumps the claim's version and is audited.
 */
@ApplicationScoped
public class EvidenceService {

    @Inject
    ClaimService claims;

    @Inject
    ReviewWorkflow workflow;

    /**
     * Adds a source to a claim (reviewer role); the review workflow checks, stores and audits it.
     *
     * @param expectedVersion the claim version the caller last saw; null skips the check
     */
    public Evidence add(Actor actor, long claimId, EvidenceDraft draft, Long expectedVersion) {
        return workflow.addEvidence(actor, claimId, draft, expectedVersion);
    }

    /** Removes a source from a claim (reviewer role); the review workflow checks and audits it. */
    public Claim remove(Actor actor, long claimId, long evidenceId, Long expectedVersion) {
        return workflow.removeEvidence(actor, claimId, evidenceId, expectedVersion);
    }
}
