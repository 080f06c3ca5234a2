package io.factdesk.web.support;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.evidence.Stance;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.demo.DemoData;
import io.factdesk.verification.workflow.EvidenceDraft;
import io.factdesk.verification.workflow.ReviewWorkflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;

/** Claims that a reviewer has taken and found evidence for, ready for the review to be written. */
@ApplicationScoped
public class ClaimsInReview {

    @Inject
    ReviewWorkflow workflow;

    /** A claim in review, assigned to {@code reviewer}, with the two sources a review needs; returns its id. */
    public long takenBy(String reviewer, String text) {
        long claimId = create(text);
        Actor me = actor(reviewer);
        workflow.take(me, claimId, null);
        workflow.addEvidence(me, claimId, new EvidenceDraft("https://harbour.example.org/figures", null,
                "Harbour figures", "Harbour Authority", null, Stance.REFUTES, null), null);
        workflow.addEvidence(me, claimId, new EvidenceDraft("https://stats.example.org/shipping", null,
                "Shipping statistics", "Statistics Office", null, Stance.CONTEXT, null), null);
        return claimId;
    }

    @Transactional
    long create(String text) {
        Claim claim = Claim.submitted(demo(), text, "Harbour Minister", "reviewer");
        claim.persist();
        return claim.id;
    }

    @Transactional
    Actor actor(String username) {
        return new Actor(username, username, demo(), Set.of(StaffRole.REVIEWER));
    }

    private static Organisation demo() {
        return Organisation.findBySlug(DemoData.DEMO_ORGANISATION).orElseThrow();
    }
}
