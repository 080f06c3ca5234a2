package io.factdesk.core.importing;

import io.factdesk.core.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

/** The report line for one input row of an import job: imported (with its claim) or skipped (with the reason). */
@Entity
public class ImportJobRow extends Identified {

    public enum Outcome { IMPORTED, SKIPPED }

    @ManyToOne(optional = false)
    public ImportJob job;

    /** 1-based position of the row in the input (CSV: not counting the header line). */
    public int rowNumber;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Outcome outcome;

    public String reason;

    public Long claimId;
}
