package io.factdesk.core.verdict;

import io.factdesk.core.review.Review;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;

/** One published version of a verdict; old revisions stay readable after a correction. */
@Entity
@jakarta.persistence.Table(name = "verdict_revision")
public class VerdictRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "verdict_id")
    public Verdict verdict;

    public int revision;

    @ManyToOne
    @JoinColumn(name = "review_id")
    public Review review;

    @Column(name = "rating_code")
    public String ratingCode;

    public String headline;
    public String summary;

    /** Markdown; rendered and sanitised on the public page. */
    public String explanation;

    /** Comma-separated usernames of the approving editors. */
    public String approvers;

    @Column(name = "published_at")
    public Instant publishedAt;

    public static List<VerdictRevision> of(Verdict verdict) {
        return list("verdict = ?1 order by revision", verdict);
    }
}
