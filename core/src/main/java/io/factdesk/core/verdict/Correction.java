package io.factdesk.core.verdict;

import io.factdesk.core.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;

/** The public note that explains what a correction changed, why and when. */
@Entity
public class Correction extends Identified {

    @ManyToOne(optional = false)
    public Verdict verdict;

    /** The revision this correction introduced. */
    public int revision;

    public String note;

    public String correctedBy;

    public Instant correctedAt = Instant.now();

    public static List<Correction> of(Verdict verdict) {
        return list("verdict = ?1 order by revision", verdict);
    }
}
