package io.factdesk.core.verdict;

import io.factdesk.core.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;

/** One editor's approval of a proposed correction; the panel needs k distinct ones. */
@Entity
public class CorrectionApproval extends Identified {

    @ManyToOne(optional = false)
    public CorrectionProposal proposal;

    public String editor;

    public Instant approvedAt = Instant.now();

    public static List<CorrectionApproval> of(CorrectionProposal proposal) {
        return list("proposal = ?1 order by id", proposal);
    }
}
