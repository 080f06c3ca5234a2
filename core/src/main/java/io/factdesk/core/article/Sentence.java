package io.factdesk.core.article;

import io.factdesk.core.claim.Claim;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One sentence of an article with its check-worthiness score, the reasons for it and its sourcing flags. */
@Entity
public class Sentence extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    public int position;

    /** SENTENCE, HEADING, BULLET or SOCIAL_POST: what the segmenter recognised this unit as. */
    public String kind = "SENTENCE";

    public String text;

    @Column(name = "start_offset")
    public int startOffset;

    @Column(name = "end_offset")
    public int endOffset;

    @Column(name = "check_worthiness")
    public Double checkWorthiness;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> reasons = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Flag> flags = new ArrayList<>();

    /** The claim this sentence was promoted into, if any. */
    @ManyToOne
    @JoinColumn(name = "promoted_claim_id")
    public Claim promotedClaim;
}
