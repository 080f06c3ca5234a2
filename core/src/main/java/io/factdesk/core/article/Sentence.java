package io.factdesk.core.article;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One sentence of an article with its check-worthiness score, the reasons for it and its sourcing flags. */
@Entity
public class Sentence extends Identified {

    @ManyToOne(optional = false)
    public Article article;

    public int position;

    /** SENTENCE, HEADING, BULLET or SOCIAL_POST: what the segmenter recognised this unit as. */
    public String kind = "SENTENCE";

    public String text;

    public int startOffset;

    public int endOffset;

    public Double checkWorthiness;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> reasons = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Flag> flags = new ArrayList<>();

    /** The claim this sentence was promoted into, if any. */
    @ManyToOne
    public Claim promotedClaim;
}
