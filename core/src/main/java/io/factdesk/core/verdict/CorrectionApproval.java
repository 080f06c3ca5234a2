package io.factdesk.core.verdict;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One editor's approval of a proposed correction; the panel needs k distinct ones. */
@Entity
@Table(name = "correction_approval")
public class CorrectionApproval extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "proposal_id")
    public CorrectionProposal proposal;

    public String editor;

    @Column(name = "approved_at")
    public Instant approvedAt = Instant.now();

    public static List<CorrectionApproval> of(CorrectionProposal proposal) {
        return list("proposal = ?1 order by id", proposal);
    }
}
