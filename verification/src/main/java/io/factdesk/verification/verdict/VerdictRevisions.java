package io.factdesk.verification.verdict;

import io.factdesk.core.verdict.Verdict;
import io.factdesk.core.verdict.VerdictRevision;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.publishing.ApproverNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Public reads of every published revision of a verdict (old revisions stay readable after a correction). */
@ApplicationScoped
public class VerdictRevisions {

    /**
     * The full content of one published revision, with the claim as it was approved.
     *
     * @param approvers the approving editors' display names (never their login names)
     */
    public record RevisionContent(int revision, String claimText, String claimant, String ratingCode,
            String headline, String summary, String explanation, List<String> approvers, Instant publishedAt) {
    }

    /** The public slug of a verdict id. */
    @Transactional
    public String slugOf(long verdictId) {
        return Verdict.<Verdict>findByIdOptional(verdictId).map(v -> v.slug)
                .orElseThrow(() -> new NotFound("verdict", verdictId));
    }

    /** One revision of a verdict. */
    @Transactional
    public RevisionContent revision(long verdictId, int revision) {
        Verdict verdict = Verdict.<Verdict>findByIdOptional(verdictId)
                .orElseThrow(() -> new NotFound("verdict", verdictId));
        VerdictRevision found = VerdictRevision.<VerdictRevision>find("verdict = ?1 and revision = ?2", verdict, revision)
                .firstResultOptional().orElseThrow(() -> new NotFound("revision", revision));
        return new RevisionContent(found.revision, found.claimText, found.claimant, found.ratingCode, found.headline,
                found.summary, found.explanation, ApproverNames.of(found.approvers, verdict.organisation),
                found.publishedAt);
    }
}
