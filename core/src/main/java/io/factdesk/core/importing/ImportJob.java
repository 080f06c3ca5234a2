package io.factdesk.core.importing;

import io.factdesk.core.organisation.Organisation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One bulk import of existing fact-checks; its counts grow while the rows are processed. */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

    public enum Format { CLAIMREVIEW_JSON, CSV }

    /** An editor's upload waits for an admin's approval before it publishes anything. */
    public enum Status { AWAITING_APPROVAL, RUNNING, DONE, FAILED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    @Enumerated(EnumType.STRING)
    public Format format;

    @Enumerated(EnumType.STRING)
    public Status status = Status.AWAITING_APPROVAL;

    @Column(name = "total_rows")
    public int totalRows;

    @Column(name = "processed_rows")
    public int processedRows;

    @Column(name = "imported_rows")
    public int importedRows;

    @Column(name = "skipped_rows")
    public int skippedRows;

    /** Why the whole job failed, if it did (rows that cannot be imported are skipped, not failures). */
    public String error;

    @Column(name = "started_by")
    public String startedBy;

    /** The uploaded file while the job waits or runs; cleared once it ends. */
    public String content;

    /** Who first published these fact-checks, for rows that do not name their publisher. */
    @Column(name = "original_publisher")
    public String originalPublisher;

    /** The admin who approved or refused the job. */
    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "started_at")
    public Instant startedAt = Instant.now();

    @Column(name = "finished_at")
    public Instant finishedAt;
}
