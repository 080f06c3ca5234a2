package io.factdesk.verification.publishing;

import io.factdesk.core.evidence.Stance;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the public verdict page shows: the current revision, where the claim appeared, the evidence, every
 * revision and every correction. {@code explanation} is raw Markdown; the page renders and sanitises it.
 * {@code importedFrom} names the original publisher of a bulk-imported verdict (null otherwise).
 */
public record VerdictPage(
        VerdictSummary verdict,
        String importedFrom,
        String explanation,
        List<String> approvers,
        Integer ratingValue,
        Integer bestRating,
        Integer worstRating,
        String ratingDescription,
        String organisationUrl,
        List<AppearanceView> appearances,
        List<EvidenceView> evidence,
        List<RevisionView> revisions,
        List<CorrectionView> corrections) {

    /** Where the claim was seen. */
    public record AppearanceView(String url, String quote, String outlet, LocalDate appearedOn, String articleTitle) {
    }

    /** A source consulted. */
    public record EvidenceView(String url, String citation, String title, String publisher, LocalDate accessedOn,
            Stance stance, String note) {
    }

    /** One published revision; old ones stay readable. */
    public record RevisionView(int revision, String ratingCode, String headline, Instant publishedAt) {
    }

    /** A public correction note. */
    public record CorrectionView(int revision, String note, Instant correctedAt) {
    }
}
