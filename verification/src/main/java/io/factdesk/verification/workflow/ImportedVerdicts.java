package io.factdesk.verification.workflow;

import io.factdesk.core.audit.WorkflowEvent;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.ClaimState;
import io.factdesk.core.verdict.Verdict;
import io.factdesk.core.verdict.VerdictRevision;
import io.factdesk.verification.common.SafeMarkdown;
import java.time.Instant;

/**
 * Publishes a fact-check that was already published elsewhere (bulk import): the new claim goes straight from
 * SUBMITTED to RATED with a first verdict revision marked as the original publisher's. It is a transition of its
 * own, kept here with the others, recorded in the audit trail as VerdictImported with the admin who approved the
 * import. There is no review round: the import job as a whole was approved by an admin other than its uploader.
 */
public final class ImportedVerdicts {

    private ImportedVerdicts() {
    }

    /**
     * The content of an imported verdict.
     *
     * @param originalPublisher who first published it, shown as its author
     */
    public record ImportedVerdict(String ratingCode, String headline, String summary, String explanation,
            Instant publishedAt, String originalPublisher) {
    }

    /**
     * Publishes a freshly created SUBMITTED claim as RATED. Must run in the transaction that created the claim.
     *
     * @param approvedBy the admin who approved the import job
     */
    public static Verdict publish(Claim claim, ImportedVerdict content, String importedBy, String approvedBy) {
        if (claim.state() != ClaimState.SUBMITTED || claim.id == null) {
            throw new IllegalStateException("only a new, saved claim can be published by import");
        }
        Instant published = content.publishedAt() == null ? Instant.now() : content.publishedAt();
        claim.moveTo(ClaimState.RATED, null, null);
        Verdict verdict = new Verdict();
        verdict.claim = claim;
        verdict.organisation = claim.organisation;
        verdict.slug = Slugs.of(claim.text, claim.id);
        verdict.importedFrom = content.originalPublisher();
        verdict.firstPublishedAt = published;
        verdict.updatedAt = published;
        verdict.persist();
        VerdictRevision revision = new VerdictRevision();
        revision.verdict = verdict;
        revision.revision = 1;
        revision.ratingCode = content.ratingCode();
        revision.headline = content.headline();
        revision.summary = content.summary();
        revision.explanation = content.explanation();
        revision.explanationHtml = SafeMarkdown.toHtml(content.explanation());
        revision.approvers = approvedBy;
        revision.publishedAt = published;
        Snapshots.take(revision, claim);
        revision.persist();
        WorkflowEvent.record(claim, "VerdictImported", importedBy, ClaimState.SUBMITTED, ClaimState.RATED,
                "Imported from " + content.originalPublisher() + "; import approved by " + approvedBy);
        return verdict;
    }
}
