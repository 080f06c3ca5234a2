package io.factdesk.core.review;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A reviewer's analysis and proposed rating for one review round of a claim. */
@Entity
public class Review extends Identified {

    @ManyToOne(optional = false)
    public Claim claim;

    public int round;
    public String author;

    /** Markdown; rendered and sanitised on the public page. */
    public String analysis;

    public String headline;
    public String summary;

    public String proposedRating;

    @Enumerated(EnumType.STRING)
    public ReviewStatus status = ReviewStatus.SUBMITTED;

    public String returnNote;

    public Instant submittedAt = Instant.now();

    public static List<Review> of(Claim claim) {
        return list("claim = ?1 order by round", claim);
    }

    /** The latest round of a claim, if any review was submitted. */
    public static Optional<Review> latestOf(Claim claim) {
        return find("claim = ?1 order by round desc", claim).firstResultOptional();
    }
}
