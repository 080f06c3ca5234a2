package io.factdesk.verification.evidence;

import io.factdesk.core.audit.WorkflowEvent;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.evidence.Evidence;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.claim.ClaimService;
import io.factdesk.verification.common.Conflict;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.common.NotPermitted;
import io.factdesk.verification.common.Texts;
import io.factdesk.verification.workflow.EvidenceDraft;
import io.factdesk.verification.workflow.ReviewWorkflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The sources consulted for a claim. Evidence can change only while the claim is editable (submitted or in
 * review): what an editor approves is what the reviewer submitted. Each change bumps the claim's version and is
 * audited.
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
        if (draft == null) {
            throw new InvalidInput("title", "must not be blank");
        }
        Texts.optionalUrl("url", draft.url());
        Texts.optional("citation", draft.citation(), 1000);
        Texts.optional("title", draft.title(), 500);
        Texts.optional("publisher", draft.publisher(), 200);
        Texts.optional("note", draft.note(), 20_000);
        if (Texts.clean(draft.url()) == null && Texts.clean(draft.citation()) == null) {
            throw new InvalidInput("url", "a URL or a citation is required");
        }
        return workflow.addEvidence(actor, claimId, draft, expectedVersion);
    }

    /** Removes a source from a claim while it is editable (reviewer role). */
    @Transactional
    public void remove(Actor actor, long claimId, long evidenceId, Long expectedVersion) {
        Claim claim = editableClaim(actor, claimId, expectedVersion);
        Evidence evidence = Evidence.<Evidence>find("id = ?1 and claim = ?2", evidenceId, claim).firstResultOptional()
                .orElseThrow(() -> new NotFound("evidence", evidenceId));
        evidence.delete();
        claim.touch();
        WorkflowEvent.record(claim, "EvidenceRemoved", actor.username(), claim.state(), claim.state(), evidence.title);
        Claim.flush();
    }

    private Claim editableClaim(Actor actor, long claimId, Long expectedVersion) {
        NotPermitted.unlessHas(actor, StaffRole.REVIEWER);
        Claim claim = claims.find(actor, claimId);
        ClaimService.requireVersion(claim, expectedVersion);
        if (!claim.isEditable()) {
            throw new Conflict("not-editable", "Evidence can change only while the claim is submitted or in review.");
        }
        return claim;
    }
}
