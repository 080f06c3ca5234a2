package io.factdesk.core.claim;

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

/** One run that re-embeds an organisation's claims whose embedding is missing or made by another model. */
@Entity
@Table(name = "embedding_backfill")
public class EmbeddingBackfill extends PanacheEntityBase {

    public enum Status { RUNNING, DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    public String model;

    @Column(name = "model_version")
    public String modelVersion;

    @Enumerated(EnumType.STRING)
    public Status status = Status.RUNNING;

    @Column(name = "total_rows")
    public int totalRows;

    @Column(name = "processed_rows")
    public int processedRows;

    @Column(name = "embedded_rows")
    public int embeddedRows;

    public String error;

    @Column(name = "started_by")
    public String startedBy;

    @Column(name = "started_at")
    public Instant startedAt = Instant.now();

    @Column(name = "finished_at")
    public Instant finishedAt;
}
