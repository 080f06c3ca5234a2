package io.factdesk.core.review;

import io.factdesk.core.claim.Claim;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A reviewer's analysis and proposed rating for one review round of a claim. */
@Entity
public class Review extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "claim_id")
    public Claim claim;

    public int round;
    public String author;

    /** Markdown; rendered and sanitised on the public page. */
    public String analysis;

    public String headline;
    public String summary;

    @Column(name = "proposed_rating")
    public String proposedRating;

    @Enumerated(EnumType.STRING)
    public ReviewStatus status = ReviewStatus.SUBMITTED;

    @Column(name = "return_note")
    public String returnNote;

    @Column(name = "submitted_at")
    public Instant submittedAt = Instant.now();

    public static List<Review> of(Claim claim) {
        return list("claim = ?1 order by round", claim);
    }

    /** The latest round of a claim, if any review was submitted. */
    public static Optional<Review> latestOf(Claim claim) {
        return find("claim = ?1 order by round desc", claim).firstResultOptional();
    }
}
