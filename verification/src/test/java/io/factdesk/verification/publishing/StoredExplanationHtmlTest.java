package io.factdesk.verification.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.verdict.Verdict;
import io.factdesk.verification.workflow.CorrectionDraft;
import io.factdesk.verification.workflow.Desk;
import io.factdesk.verification.workflow.ReviewDraft;
import io.factdesk.verification.workflow.ReviewWorkflow;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The publisher renders and sanitises a revision's explanation once and stores the safe HTML (V33); the public
 * page shows the stored HTML, and revisions published before V33 get it from the backfill.
 */
@QuarkusTest
class StoredExplanationHtmlTest {

    static final String MARKDOWN = "The **budget** shows two billion. <script>alert(1)</script>\n\n"
            + "[source](javascript:alert(2)) and [report](https://example.org/report)";

    @Inject
    Desk desk;

    @Inject
    ReviewWorkflow workflow;

    @Inject
    PublishedVerdicts verdicts;

    @Inject
    ExplanationHtmlBackfill backfill;

    @Inject
    EntityManager em;

    private Organisation organisation;
    private Actor editor;
    private long claimId;
    private String slug;

    @BeforeEach
    void publish() {
        organisation = desk.organisation(1, 1);
        Actor reviewer = desk.reviewer(organisation, "Raj Reviewer");
        editor = desk.editor(organisation, "Emma Editor");
        claimId = desk.claim(organisation, "The bridge cost four billion");
        workflow.take(reviewer, claimId, null);
        desk.addEvidence(reviewer, claimId, "Reuters");
        desk.addEvidence(reviewer, claimId, "Associated Press");
        workflow.submitReview(reviewer, claimId, new ReviewDraft(MARKDOWN, "false", "No, two billion", null), null);
        workflow.approve(editor, claimId, null);
        slug = QuarkusTransaction.requiringNew().call(() -> Verdict.findByClaim(desk.reload(claimId)).orElseThrow().slug);
    }

    @Test
    void publishingStoresTheSanitisedHtmlOfTheExplanation() {
        String stored = storedHtml(1);

        assertThat(stored).contains("<strong>budget</strong>", "href=\"https://example.org/report\"")
                .doesNotContain("<script", "javascript:");
        assertThat(verdicts.bySlug(slug).orElseThrow().explanationHtml()).isEqualTo(stored);
    }

    @Test
    void thePageShowsTheStoredHtmlNotAFreshRendering() {
        setStoredHtml(1, "<p>As stored at publication</p>");

        assertThat(verdicts.withClaimReview(slug).orElseThrow().page().explanationHtml())
                .isEqualTo("<p>As stored at publication</p>");
        assertThat(verdicts.revision(slug, 1).orElseThrow().explanationHtml())
                .isEqualTo("<p>As stored at publication</p>");
    }

    @Test
    void aCorrectionStoresTheHtmlOfItsNewExplanation() {
        workflow.correct(editor, claimId,
                new CorrectionDraft("Figures restated.", null, null, null, "Now *three* billion."), null);
        workflow.approveCorrection(desk.editor(organisation, "Eli Editor"), claimId, null);

        assertThat(storedHtml(2)).isEqualTo("<p>Now <em>three</em> billion.</p>\n");
        assertThat(verdicts.bySlug(slug).orElseThrow().explanationHtml()).isEqualTo(storedHtml(2));
    }

    @Test
    void aRevisionPublishedBeforeTheColumnExistedGetsItsHtmlFromTheBackfill() {
        String published = storedHtml(1);
        setStoredHtml(1, null);
        assertThat(verdicts.bySlug(slug).orElseThrow().explanationHtml())
                .as("rendered on the fly until the backfill reaches it").isEqualTo(published);

        long after = 0;
        for (long last = backfill.fillBatch(after); last > 0; last = backfill.fillBatch(after)) {
            after = last;
        }

        assertThat(storedHtml(1)).isEqualTo(published);
    }

    private String storedHtml(int revision) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("""
                select r.explanation_html from verdict_revision r join verdict v on v.id = r.verdict_id
                where v.slug = :slug and r.revision = :revision""")
                .setParameter("slug", slug).setParameter("revision", revision).getSingleResult());
    }

    private void setStoredHtml(int revision, String html) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update verdict_revision r set explanation_html = cast(:html as text) from verdict v
                where v.id = r.verdict_id and v.slug = :slug and r.revision = :revision""")
                .setParameter("html", html).setParameter("slug", slug).setParameter("revision", revision)
                .executeUpdate());
    }
}
