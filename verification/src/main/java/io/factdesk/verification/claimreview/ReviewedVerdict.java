package io.factdesk.verification.claimreview;

import io.factdesk.core.claim.ClaimantKind;
import io.factdesk.core.rating.Rating;
import io.factdesk.core.rating.RatingStep;
import io.factdesk.core.verdict.PublishedAppearance;
import io.factdesk.core.verdict.Verdict;
import io.factdesk.core.verdict.VerdictRevision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a ClaimReview is built from: the verdict's public facts and one published revision's approved snapshot,
 * with the organisation's rating scale. The verdict page's read model fills it from plain queries; the API and
 * the feed from loaded entities ({@link #of}).
 *
 * @param currentRevision the verdict's current revision number (a later one than the first adds dateModified)
 * @param publishedAt when the described revision was published
 */
public record ReviewedVerdict(String slug, Instant firstPublishedAt, int currentRevision, String importedFrom,
        String organisationName, String organisationUrl, String claimText, Instant publishedAt, String ratingCode,
        String claimLanguage, String claimant, ClaimantKind claimantKind, LocalDate claimedOn,
        List<PublishedAppearance> appearances, List<RatingStep> scale) {

    public static ReviewedVerdict of(Verdict verdict, VerdictRevision revision, List<Rating> scale) {
        return new ReviewedVerdict(verdict.slug, verdict.firstPublishedAt, verdict.currentRevision,
                verdict.importedFrom, verdict.organisation.name, verdict.organisation.url, revision.claimText,
                revision.publishedAt, revision.ratingCode, revision.claimLanguage, revision.claimant,
                revision.claimantKind, revision.claimedOn, revision.appearances,
                scale.stream().map(RatingStep::of).toList());
    }
}
