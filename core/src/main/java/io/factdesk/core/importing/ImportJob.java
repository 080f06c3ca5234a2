package io.factdesk.core.importing;

import io.factdesk.core.organisation.OrganisationOwned;
import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;

/**
 * One bulk import of existing fact-checks; its counts grow while the rows are processed. Each row's transaction
 * updates the counts, so an update writes only the columns that changed and a read leaves the uploaded file (up to
 * 10,000 rows, megabytes) in the database: before, every row read and wrote the whole file again.
 */
@Entity
@DynamicUpdate
public class ImportJob extends OrganisationOwned {

    public enum Format { CLAIMREVIEW_JSON, CSV }

    /** An editor's upload waits for an admin's approval before it publishes anything. */
    public enum Status { AWAITING_APPROVAL, RUNNING, DONE, FAILED, REFUSED }

    @Enumerated(EnumType.STRING)
    public Format format;

    @Enumerated(EnumType.STRING)
    public Status status = Status.AWAITING_APPROVAL;

    public int totalRows;

    public int processedRows;

    public int importedRows;

    public int skippedRows;

    /** Why the whole job failed, if it did (rows that cannot be imported are skipped, not failures). */
    public String error;

    public String startedBy;

    /** The uploaded file while the job waits or runs; cleared once it ends. Read only when asked for. */
    @Basic(fetch = FetchType.LAZY)
    public String content;

    /** Who first published these fact-checks, for rows that do not name their publisher. */
    public String originalPublisher;

    /** The admin who approved or refused the job. */
    public String decidedBy;

    public Instant decidedAt;

    public Instant startedAt = Instant.now();

    public Instant finishedAt;
}
