package io.factdesk.core.review;

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

/** One editor's approval of one review round; a panel needs several distinct ones. */
@Entity
public class Approval extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "review_id")
    public Review review;

    public String editor;

    @Column(name = "approved_at")
    public Instant approvedAt = Instant.now();

    public static List<Approval> of(Review review) {
        return list("review = ?1 order by id", review);
    }
}
