package io.factdesk.verification.workflow;

import io.factdesk.core.audit.WorkflowEvent;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.ClaimState;
import io.factdesk.core.verdict.Verdict;
import io.factdesk.core.verdict.VerdictRevision;
import java.time.Instant;

/**
 * Publishes a fact-check that was already published elsewhere (bulk import): the new claim goes straight from
 * SUBMITTED to RATED with a first verdict revision. It is a transition of its own, kept here with the others,
 * recorded in the audit trail as VerdictImported. There is no review round and no approval: the organisation
 * approved it when it first published it.
 */
public final class ImportedVerdicts {

    private ImportedVerdicts() {
    }

    /** The content of an imported verdict. */
    public record ImportedVerdict(String ratingCode, String headline, String summary, String explanation,
            Instant publishedAt) {
    }

    /** Publishes a freshly created SUBMITTED claim as RATED. Must run in the transaction that created the claim. */
    public static Verdict publish(Claim claim, ImportedVerdict content, String importedBy) {
        if (claim.state() != ClaimState.SUBMITTED || claim.id == null) {
            throw new IllegalStateException("only a new, saved claim can be published by import");
        }
        Instant published = content.publishedAt() == null ? Instant.now() : content.publishedAt();
        claim.moveTo(ClaimState.RATED, null, null);
        Verdict verdict = new Verdict();
        verdict.claim = claim;
        verdict.organisation = claim.organisation;
        verdict.slug = Slugs.of(claim.text, claim.id);
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
        revision.approvers = importedBy;
        revision.publishedAt = published;
        Snapshots.take(revision, claim);
        revision.persist();
        WorkflowEvent.record(claim, "VerdictImported", importedBy, ClaimState.SUBMITTED, ClaimState.RATED, null);
        return verdict;
    }
}
