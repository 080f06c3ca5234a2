package io.factdesk.core.verdict;

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

/** The public note that explains what a correction changed, why and when. */
@Entity
public class Correction extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "verdict_id")
    public Verdict verdict;

    /** The revision this correction introduced. */
    public int revision;

    public String note;

    @Column(name = "corrected_by")
    public String correctedBy;

    @Column(name = "corrected_at")
    public Instant correctedAt = Instant.now();

    public static List<Correction> of(Verdict verdict) {
        return list("verdict = ?1 order by revision", verdict);
    }
}
