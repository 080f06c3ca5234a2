package io.factdesk.verification.claimreview;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factdesk.core.rating.Rating;
import io.factdesk.core.verdict.Verdict;
import io.factdesk.core.verdict.VerdictRevision;
import io.factdesk.verification.common.SiteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The schema.org ClaimReview of published verdicts, for the API, the feed and the JSON-LD in verdict pages.
 * Published verdicts are public, so no actor is needed.
 */
@ApplicationScoped
public class ClaimReviewMapper {

    /** Verdict URLs are the public base URL plus {@code /verdicts/{slug}}. */
    @Inject
    SiteConfig site;

    /** The ClaimReview of a verdict's current revision, by verdict id. */
    @Transactional
    public Optional<ObjectNode> forVerdict(long verdictId) {
        return Verdict.<Verdict>findByIdOptional(verdictId).map(this::map);
    }

    /** The ClaimReview of a verdict's current revision, by its public slug. */
    @Transactional
    public Optional<ObjectNode> forSlug(String slug) {
        return Verdict.findBySlug(slug).map(this::map);
    }

    /** Maps a verdict loaded in the caller's transaction. */
    @Transactional
    public ObjectNode map(Verdict verdict) {
        return map(verdict, verdict.current(), Rating.scaleOf(verdict.organisation));
    }

    /** Maps a verdict whose current revision and rating scale the caller has already read. */
    public ObjectNode map(Verdict verdict, VerdictRevision current, List<Rating> scale) {
        return ClaimReviews.build(site.base(), verdict, current, scale);
    }

    /** Maps a verdict read without entities (the public verdict page's read model). */
    public ObjectNode map(ReviewedVerdict verdict) {
        return ClaimReviews.build(site.base(), verdict);
    }

    /** The public URL of a verdict page. */
    public String verdictUrl(Verdict verdict) {
        return ClaimReviews.verdictUrl(site.base(), verdict.slug);
    }
}
