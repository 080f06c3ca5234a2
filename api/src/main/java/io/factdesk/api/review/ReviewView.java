package io.factdesk.api.review;

import io.factdesk.core.review.Approval;
import io.factdesk.core.review.Review;
import io.factdesk.core.review.ReviewStatus;
import java.time.Instant;
import java.util.List;

/** One review round with the editors who approved it so far. */
public record ReviewView(long id, int round, String author, String analysis, String headline, String summary,
        String proposedRating, ReviewStatus status, String returnNote, Instant submittedAt, List<String> approvedBy) {

    public static ReviewView of(Review r) {
        return new ReviewView(r.id, r.round, r.author, r.analysis, r.headline, r.summary, r.proposedRating, r.status,
                r.returnNote, r.submittedAt, Approval.of(r).stream().map(a -> a.editor).toList());
    }
}
