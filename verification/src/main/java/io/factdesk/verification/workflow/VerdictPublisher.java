package io.factdesk.verification.workflow;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.review.Review;
import io.factdesk.core.verdict.Correction;
import io.factdesk.core.verdict.Verdict;
import io.factdesk.core.verdict.VerdictRevision;
import io.factdesk.verification.webhook.VerdictChanged;
import io.factdesk.verification.webhook.WebhookEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes verdicts and their revisions for the workflow, inside the workflow's transaction. Revisions are only ever
 * added: the public page can show every earlier one.
 */
@ApplicationScoped
class VerdictPublisher {

    /** Tells the webhook outbox, inside this transaction, what happened to a verdict. */
    @Inject
    Event<VerdictChanged> changes;

    /** Publishes an approved review: the first revision of a new verdict, or the next one after a re-review. */
    Verdict publish(Claim claim, Review review, List<String> approvers) {
        Instant now = Instant.now();
        Verdict verdict = Verdict.findByClaim(claim).orElse(null);
        if (verdict == null) {
            verdict = new Verdict();
            verdict.claim = claim;
            verdict.organisation = claim.organisation;
            verdict.slug = Slugs.of(claim.text, claim.id);
            verdict.currentRevision = 1;
            verdict.firstPublishedAt = now;
        } else {
            verdict.currentRevision++;
        }
        verdict.underReview = false;
        verdict.updatedAt = now;
        verdict.persist();
        var draft = new ReviewDraft(review.analysis, review.proposedRating, review.headline, review.summary);
        addRevision(verdict, review, RevisionContent.fromReview(claim.text, draft, approvers), now,
                revision -> Snapshots.take(revision, claim));
        changes.fire(new VerdictChanged(verdict, WebhookEvent.VERDICT_PUBLISHED));
        return verdict;
    }

    /**
     * Adds a corrected revision and its public correction note; the claim stays RATED.
     *
     * @param proposedBy the editor who wrote the correction (named on the correction note)
     * @param approvers the editors whose approval published it (the proposer alone on the typo path)
     */
    Verdict correct(Claim claim, CorrectionDraft draft, String proposedBy, List<String> approvers) {
        Instant now = Instant.now();
        Verdict verdict = Verdict.findByClaim(claim).orElseThrow(
                () -> Refusal.because(RefusalReason.WRONG_STATE, "detail_no_verdict").toException(Transition.CORRECT));
        VerdictRevision current = verdict.current();
        verdict.currentRevision++;
        verdict.updatedAt = now;
        addRevision(verdict, current.review, RevisionContent.corrected(current, draft, String.join(",", approvers)), now,
                revision -> revision.keepSnapshotOf(current));
        Correction correction = new Correction();
        correction.verdict = verdict;
        correction.revision = verdict.currentRevision;
        correction.note = draft.note().strip();
        correction.correctedBy = proposedBy;
        correction.correctedAt = now;
        correction.persist();
        changes.fire(new VerdictChanged(verdict, WebhookEvent.VERDICT_CORRECTED));
        return verdict;
    }

    /** Marks the verdict as under review while the claim is re-reviewed; it stays public. */
    void markUnderReview(Claim claim) {
        Verdict.findByClaim(claim).ifPresent(verdict -> {
            verdict.underReview = true;
            verdict.updatedAt = Instant.now();
            changes.fire(new VerdictChanged(verdict, WebhookEvent.VERDICT_UNDER_REVIEW));
        });
    }

    /** Adds the verdict's current revision; {@code snapshot} fills what the public reads about the claim. */
    private static void addRevision(Verdict verdict, Review review, RevisionContent content, Instant now,
            Consumer<VerdictRevision> snapshot) {
        VerdictRevision revision = new VerdictRevision();
        revision.verdict = verdict;
        revision.revision = verdict.currentRevision;
        revision.review = review;
        revision.publishedAt = now;
        content.applyTo(revision);
        snapshot.accept(revision);
        revision.persist();
    }
}
