package io.factdesk.verification.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.verdict.Verdict;
import io.factdesk.verification.claim.AppearanceDraft;
import io.factdesk.verification.claim.AppearanceService;
import io.factdesk.verification.claim.ClaimEdit;
import io.factdesk.verification.claim.ClaimService;
import io.factdesk.verification.claimreview.ClaimReviewMapper;
import io.factdesk.verification.verdict.VerdictRevisions;
import io.factdesk.verification.workflow.Desk;
import io.factdesk.verification.workflow.ReviewDraft;
import io.factdesk.verification.workflow.ReviewWorkflow;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * After a reopen, reviewers edit the claim's text, evidence and appearances; until the next approval the public
 * page, search, feed, revisions and ClaimReview still show exactly what was approved.
 */
@QuarkusTest
class PublicReadsApprovedSnapshotTest {

    @Inject
    Desk desk;

    @Inject
    ReviewWorkflow workflow;

    @Inject
    ClaimService claims;

    @Inject
    AppearanceService appearances;

    @Inject
    PublishedVerdicts verdicts;

    @Inject
    ClaimReviewMapper claimReviews;

    @Inject
    VerdictRevisions revisions;

    private final String approvedWord = word();
    private final String draftWord = word();

    private Actor reviewer;
    private Actor editor;
    private long claimId;
    private String slug;

    private static String word() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").replaceAll("[0-9]", "x").substring(0, 10);
    }

    @BeforeEach
    void publishThenReopenAndEdit() {
        Organisation organisation = desk.organisation(1, 1);
        reviewer = desk.reviewer(organisation, "Raj Reviewer");
        editor = desk.editor(organisation, "Emma Editor");
        claimId = desk.claim(organisation, "The bridge cost " + approvedWord + " four billion");
        appearances.add(reviewer, claimId, new AppearanceDraft("https://news.example/approved", null,
                "Daily Example", LocalDate.of(2025, 3, 4)));
        workflow.take(reviewer, claimId, null);
        desk.addEvidence(reviewer, claimId, "Reuters");
        desk.addEvidence(reviewer, claimId, "Associated Press");
        workflow.submitReview(reviewer, claimId, new ReviewDraft(
                "The budget shows two billion.", "false", "No, two billion", null), null);
        workflow.approve(editor, claimId, null);
        slug = QuarkusTransaction.requiringNew().call(() -> Verdict.findByClaim(desk.reload(claimId)).orElseThrow().slug);

        workflow.reopen(editor, claimId, "New figures arrived.", null);
        claims.update(reviewer, claimId, new ClaimEdit("A rewritten draft about " + draftWord, "Draft Claimant",
                LocalDate.of(2030, 1, 1), null), null);
        desk.addEvidence(reviewer, claimId, "Unvetted Blog");
        appearances.add(reviewer, claimId, new AppearanceDraft("https://draft.example/unvetted", null, "Draft Outlet",
                null));
    }

    @Test
    void verdictPageAndJsonLdShowTheApprovedClaimEvidenceAndAppearances() {
        var found = verdicts.withClaimReview(slug).orElseThrow();

        assertThat(found.page().verdict().claimText()).contains(approvedWord).doesNotContain(draftWord);
        assertThat(found.page().verdict().claimant()).isEqualTo("Jane Doe");
        assertThat(found.page().verdict().underReview()).isTrue();
        assertThat(found.page().evidence()).extracting(VerdictPage.EvidenceView::publisher)
                .containsExactly("Reuters", "Associated Press");
        assertThat(found.page().appearances()).extracting(VerdictPage.AppearanceView::url)
                .containsExactly("https://news.example/approved");
        assertThat(found.claimReview().get("claimReviewed").asText()).contains(approvedWord);
        assertThat(found.claimReview().get("itemReviewed").get("author").get("name").asText()).isEqualTo("Jane Doe");
        assertThat(found.claimReview().get("itemReviewed").get("appearance")).hasSize(1);
        assertThat(found.claimReview().toString()).doesNotContain(draftWord, "draft.example", "Draft Claimant");
        assertThat(claimReviews.forSlug(slug).orElseThrow()).isEqualTo(found.claimReview());
    }

    @Test
    void searchFeedAndRevisionsFindTheApprovedTextOnly() {
        assertThat(verdicts.search(new VerdictSearch(approvedWord, null, null, null, null, null, 1, 20)).items())
                .extracting(VerdictSummary::slug).containsExactly(slug);
        assertThat(verdicts.search(new VerdictSearch(draftWord, null, null, null, null, null, 1, 20)).items())
                .isEmpty();
        assertThat(verdicts.search(new VerdictSearch(approvedWord, null, null, "Draft Claimant", null, null, 1, 20))
                .items()).isEmpty();
        assertThat(verdicts.feedEntries(100)).filteredOn(entry -> entry.slug().equals(slug)).singleElement()
                .satisfies(entry -> assertThat(entry.claimText()).contains(approvedWord));
        long verdictId = verdicts.bySlug(slug).orElseThrow().verdict().verdictId();
        assertThat(revisions.revision(verdictId, 1).claimText()).contains(approvedWord);
    }

    @Test
    void theNextApprovalPublishesTheEditedClaim() {
        workflow.submitReview(reviewer, claimId, new ReviewDraft(
                "Checked again.", "false", null, null), null);
        workflow.approve(editor, claimId, null);

        VerdictPage page = verdicts.bySlug(slug).orElseThrow();
        assertThat(page.verdict().claimText()).contains(draftWord);
        assertThat(page.evidence()).hasSize(3);
        assertThat(page.appearances()).hasSize(2);
        assertThat(verdicts.search(new VerdictSearch(draftWord, null, null, null, null, null, 1, 20)).items())
                .extracting(VerdictSummary::slug).containsExactly(slug);
        // The words of the revision before are no longer searched (the verdict row holds the current one's, V35).
        assertThat(verdicts.search(new VerdictSearch(approvedWord, null, null, null, null, null, 1, 20)).items())
                .isEmpty();
        assertThat(verdicts.search(new VerdictSearch(draftWord, null, null, "Draft Claimant", null, null, 1, 20))
                .items()).extracting(VerdictSummary::slug).containsExactly(slug);
    }

    @Test
    void approversArePublishedByDisplayNameNeverByLoginName() {
        VerdictPage page = verdicts.bySlug(slug).orElseThrow();

        assertThat(page.approvers()).containsExactly("Emma Editor");
        assertThat(revisions.revision(page.verdict().verdictId(), 1).approvers()).containsExactly("Emma Editor")
                .doesNotContain(editor.username());
    }
}
