package io.factdesk.core.claim;

import io.factdesk.core.organisation.OrganisationOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One run that re-embeds an organisation's claims whose embedding is missing or made by another model. */
@Entity
public class EmbeddingBackfill extends OrganisationOwned {

    public enum Status { RUNNING, DONE, FAILED }

    public String model;

    public String modelVersion;

    @Enumerated(EnumType.STRING)
    public Status status = Status.RUNNING;

    public int totalRows;

    public int processedRows;

    public int embeddedRows;

    public String error;

    public String startedBy;

    public Instant startedAt = Instant.now();

    public Instant finishedAt;
}
