package io.factdesk.verification.claimreview;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factdesk.core.rating.Rating;
import io.factdesk.core.verdict.Verdict;
import io.factdesk.core.verdict.VerdictRevision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The schema.org ClaimReview of published verdicts, for the API, the feed and the JSON-LD in verdict pages.
 * Published verdicts are public, so no actor is needed.
 */
@ApplicationScoped
public class ClaimReviewMapper {

    /** Base URL of the public site; verdict URLs are this plus {@code /verdicts/{slug}}. */
    @ConfigProperty(name = "factdesk.public-base-url", defaultValue = "http://localhost:8080")
    String publicBaseUrl;

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
        return ClaimReviews.build(publicBaseUrl, verdict, current, scale);
    }

    /** Maps a verdict read without entities (the public verdict page's read model). */
    public ObjectNode map(ReviewedVerdict verdict) {
        return ClaimReviews.build(publicBaseUrl, verdict);
    }

    /** The public URL of a verdict page. */
    public String verdictUrl(Verdict verdict) {
        return ClaimReviews.verdictUrl(publicBaseUrl, verdict.slug);
    }
}
