package io.factdesk.core.review;

import io.factdesk.core.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;

/** One editor's approval of one review round; a panel needs several distinct ones. */
@Entity
public class Approval extends Identified {

    @ManyToOne(optional = false)
    public Review review;

    public String editor;

    public Instant approvedAt = Instant.now();

    public static List<Approval> of(Review review) {
        return list("review = ?1 order by id", review);
    }
}
