package io.factdesk.verification.workflow;

import io.factdesk.core.audit.WorkflowEvent;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.evidence.Evidence;
import io.factdesk.core.evidence.Stance;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.organisation.OrganisationMember;
import io.factdesk.core.rating.DefaultRatingScale;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/** Database fixtures for workflow tests: organisations, staff and claims with unique names per test. */
@ApplicationScoped
public class Desk {

    @Inject
    ReviewWorkflow workflow;

    @Transactional
    public Organisation organisation(int approvalsRequired, int panelSize) {
        Organisation organisation = new Organisation();
        organisation.slug = "org-" + unique();
        organisation.name = "Checks " + organisation.slug;
        organisation.url = "https://" + organisation.slug + ".example";
        organisation.changePolicies(approvalsRequired, panelSize, 2, 2);
        organisation.persist();
        DefaultRatingScale.seed(organisation);
        return organisation;
    }

    /** Lets one editor alone publish typo-level corrections in this organisation. */
    @Transactional
    public void allowTypoCorrections(Organisation organisation) {
        Organisation.<Organisation>findById(organisation.id).typoCorrectionsAllowed = true;
    }

    @Transactional
    public Actor staff(Organisation organisation, String name, StaffRole role) {
        OrganisationMember member = new OrganisationMember();
        member.organisation = Organisation.findById(organisation.id);
        member.username = name + "-" + unique();
        member.displayName = name;
        member.persist();
        return new Actor(member.username, name, organisation, EnumSet.of(role));
    }

    public Actor editor(Organisation organisation, String name) {
        return staff(organisation, name, StaffRole.EDITOR);
    }

    public Actor reviewer(Organisation organisation, String name) {
        return staff(organisation, name, StaffRole.REVIEWER);
    }

    /** A new SUBMITTED claim, with its ClaimSubmitted event as the API records it. */
    @Transactional
    public long claim(Organisation organisation, String text) {
        Claim claim = Claim.submitted(Organisation.findById(organisation.id), text, "Jane Doe", "tipline");
        claim.persist();
        WorkflowEvent.record(claim, "ClaimSubmitted", "tipline", null, claim.state(), null);
        return claim.id;
    }

    /** A claim taken by the reviewer, with two independent sources, and its review submitted: REVIEWED. */
    public long reviewed(Organisation organisation, Actor reviewer, String text) {
        long id = claim(organisation, text);
        workflow.take(reviewer, id, null);
        addEvidence(reviewer, id, "Reuters");
        addEvidence(reviewer, id, "Associated Press");
        workflow.submitReview(reviewer, id,
                new ReviewDraft("Audits found no diversion.\n\nDetails follow.", "false", "No, it was not", null), null);
        return id;
    }

    public void addEvidence(Actor reviewer, long claimId, String publisher) {
        workflow.addEvidence(reviewer, claimId, new EvidenceDraft("https://" + unique() + ".example/report", null,
                "Audit report", publisher, null, Stance.REFUTES, null), null);
    }

    /** The ids of the claim's evidence, first added first. */
    @Transactional
    public List<Long> evidenceIds(long claimId) {
        return Evidence.of(Claim.findById(claimId)).stream().map(evidence -> evidence.id).toList();
    }

    @Transactional
    public Claim reload(long claimId) {
        return Claim.findById(claimId);
    }

    @Transactional
    public List<String> eventTypes(long claimId) {
        return WorkflowEvent.trailOf(Claim.findById(claimId)).stream().map(event -> event.type).toList();
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
