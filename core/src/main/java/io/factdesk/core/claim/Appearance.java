package io.factdesk.core.claim;

import io.factdesk.core.article.Article;
import io.factdesk.core.article.Sentence;
import io.factdesk.core.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Where a claim was seen: a URL or an imported article, the exact quote, the outlet and the date. */
@Entity
public class Appearance extends Identified {

    @ManyToOne(optional = false)
    public Claim claim;

    public String url;

    @ManyToOne
    public Article article;

    @ManyToOne
    public Sentence sentence;

    public String quote;
    public String outlet;

    public LocalDate appearedOn;

    public Instant createdAt = Instant.now();

    public static List<Appearance> of(Claim claim) {
        return list("claim = ?1 order by id", claim);
    }
}
