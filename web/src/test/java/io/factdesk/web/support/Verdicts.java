package io.factdesk.web.support;

import io.factdesk.core.claim.Appearance;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.ClaimantKind;
import io.factdesk.core.evidence.Stance;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.core.verdict.Verdict;
import io.factdesk.verification.demo.DemoData;
import io.factdesk.verification.workflow.CorrectionDraft;
import io.factdesk.verification.workflow.EvidenceDraft;
import io.factdesk.verification.workflow.ReviewDraft;
import io.factdesk.verification.workflow.ReviewWorkflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Set;

/** Publishes verdicts the way staff do (through the review workflow), for tests of the public pages. */
@ApplicationScoped
public class Verdicts {

    @Inject
    ReviewWorkflow workflow;

    /** A verdict with the given claim, rating and texts; returns its slug. */
    public String publish(String claimText, String claimant, String rating, String evidenceTitle, String analysis) {
        return publish(claimText, claimant, null, rating, evidenceTitle, analysis);
    }

    /** As above, with the claimant stated as a person or an organisation (null: not stated). */
    public String publish(String claimText, String claimant, ClaimantKind kind, String rating, String evidenceTitle,
            String analysis) {
        return publishIn("en", claimText, claimant, kind, rating, evidenceTitle, analysis);
    }

    /** As above, for a claim written in {@code language} (an ISO 639-1 code such as "uk"). */
    public String publishIn(String language, String claimText, String claimant, ClaimantKind kind, String rating,
            String evidenceTitle, String analysis) {
        long claimId = createClaim(claimText, claimant, kind, language);
        Actor reviewer = actor("reviewer", StaffRole.REVIEWER);
        Actor editor = actor("editor", StaffRole.REVIEWER, StaffRole.EDITOR);
        workflow.take(reviewer, claimId, null);
        workflow.addEvidence(reviewer, claimId, new EvidenceDraft("https://stats.example.org/report",
                null, evidenceTitle, "Statistics Office", LocalDate.of(2026, 11, 1), Stance.REFUTES,
                "Official figures."), null);
        workflow.addEvidence(reviewer, claimId, new EvidenceDraft(null, "Annual report 2025, p. 12",
                "Annual report", "Audit Court", null, Stance.CONTEXT, null), null);
        workflow.submitReview(reviewer, claimId, new ReviewDraft(analysis, rating, null,
                "The figures do not support the claim."), null);
        workflow.approve(editor, claimId, null);
        return slugOf(claimId);
    }

    /** An editor corrects the published verdict of {@code slug} with a public note; a second editor approves. */
    public void correct(String slug, String note, String rating) {
        proposeCorrection(slug, note, rating);
        workflow.approveCorrection(actor("editor2", StaffRole.REVIEWER, StaffRole.EDITOR), claimOf(slug), null);
    }

    /** The editor "editor" proposes a correction; nothing public changes until another editor approves it. */
    public long proposeCorrection(String slug, String note, String rating) {
        long claimId = claimOf(slug);
        workflow.correct(actor("editor", StaffRole.REVIEWER, StaffRole.EDITOR), claimId,
                new CorrectionDraft(note, rating, null, null, null), null);
        return claimId;
    }

    /** The editor "editor2" returns the correction waiting on {@code slug}. */
    public void returnCorrection(String slug) {
        workflow.returnCorrection(actor("editor2", StaffRole.REVIEWER, StaffRole.EDITOR), claimOf(slug),
                "Not needed.", null);
    }

    /** After a reopen, the reviewer rewrites the claim and adds a source: a draft the public must not see. */
    @Transactional
    public void editDraft(String slug, String text, String evidenceTitle) {
        Claim claim = Claim.findById(claimOf(slug));
        claim.text = text;
        claim.claimant = "Draft Claimant";
        claim.touch();
        Appearance appearance = new Appearance();
        appearance.claim = claim;
        appearance.url = "https://draft.example.com/unvetted";
        appearance.outlet = "Draft Outlet";
        appearance.persist();
        workflow.addEvidence(actor("reviewer", StaffRole.REVIEWER), claim.id, new EvidenceDraft(
                "https://draft.example.com/source", null, evidenceTitle, "Draft Publisher", null, Stance.CONTEXT,
                null), null);
    }

    /** An editor reopens the claim of a published verdict for another review; the verdict stays public. */
    public void reopen(String slug, String note) {
        workflow.reopen(actor("editor", StaffRole.REVIEWER, StaffRole.EDITOR), claimOf(slug), note, null);
    }

    /** The reopened claim is dismissed: its earlier verdict stays public, marked under review. */
    public void dismiss(String slug, String reason) {
        workflow.dismiss(actor("editor", StaffRole.REVIEWER, StaffRole.EDITOR), claimOf(slug), reason, null);
    }

    /** The claim id behind a published verdict. */
    public long claimIdOf(String slug) {
        return claimOf(slug);
    }

    @Transactional
    long claimOf(String slug) {
        return Verdict.<Verdict>find("slug", slug).firstResult().claim.id;
    }

    /** A claim whose review the given editor wrote and submitted; returns its id. */
    public long reviewedBy(String editorName, String claimText) {
        long claimId = createClaim(claimText, "Someone");
        Actor author = actor(editorName, StaffRole.REVIEWER, StaffRole.EDITOR);
        workflow.take(author, claimId, null);
        workflow.addEvidence(author, claimId, new EvidenceDraft("https://water.example.org", null, "River gauge data",
                "Water Agency", null, Stance.REFUTES, null), null);
        workflow.addEvidence(author, claimId, new EvidenceDraft("https://met.example.org", null, "Rainfall record",
                "Met Office", null, Stance.CONTEXT, null), null);
        workflow.submitReview(author, claimId, new ReviewDraft("Gauges show a 5 percent rise.", "false", null, null),
                null);
        return claimId;
    }

    long createClaim(String text, String claimant) {
        return createClaim(text, claimant, null, "en");
    }

    @Transactional
    long createClaim(String text, String claimant, ClaimantKind kind, String language) {
        Claim claim = Claim.submitted(demo(), text, claimant, "reviewer");
        claim.claimantKind = kind;
        claim.language = language;
        claim.claimedOn = LocalDate.of(2026, 10, 30);
        claim.persist();
        Appearance appearance = new Appearance();
        appearance.claim = claim;
        appearance.url = "https://news.example.com/story";
        appearance.quote = text;
        appearance.outlet = "Example News";
        appearance.persist();
        return claim.id;
    }

    @Transactional
    String slugOf(long claimId) {
        return Verdict.<Verdict>find("claim.id", claimId).firstResult().slug;
    }

    @Transactional
    public Actor actor(String username, StaffRole... roles) {
        return new Actor(username, username, demo(), Set.of(roles));
    }

    private static Organisation demo() {
        return Organisation.findBySlug(DemoData.DEMO_ORGANISATION).orElseThrow();
    }
}
