package io.factdesk.core.claim;

import io.factdesk.core.article.Article;
import io.factdesk.core.article.Sentence;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Where a claim was seen: a URL or an imported article, the exact quote, the outlet and the date. */
@Entity
public class Appearance extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "claim_id")
    public Claim claim;

    public String url;

    @ManyToOne
    @JoinColumn(name = "article_id")
    public Article article;

    @ManyToOne
    @JoinColumn(name = "sentence_id")
    public Sentence sentence;

    public String quote;
    public String outlet;

    @Column(name = "appeared_on")
    public LocalDate appearedOn;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    public static List<Appearance> of(Claim claim) {
        return list("claim = ?1 order by id", claim);
    }
}
