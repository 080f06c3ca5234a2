package io.factdesk.core.importing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The report line for one input row of an import job: imported (with its claim) or skipped (with the reason). */
@Entity
@Table(name = "import_job_row")
public class ImportJobRow extends PanacheEntityBase {

    public enum Outcome { IMPORTED, SKIPPED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "job_id")
    public ImportJob job;

    /** 1-based position of the row in the input (CSV: not counting the header line). */
    @Column(name = "row_number")
    public int rowNumber;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Outcome outcome;

    public String reason;

    @Column(name = "claim_id")
    public Long claimId;
}
