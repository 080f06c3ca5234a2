package io.factdesk.api.matching;

import io.factdesk.core.claim.EmbeddingBackfill;
import java.time.Instant;

/** A re-embedding run with its live counts and the model it embeds with. */
public record EmbeddingBackfillView(long id, EmbeddingBackfill.Status status, String model, String modelVersion,
        int totalRows, int processedRows, int embeddedRows, String error, String startedBy, Instant startedAt,
        Instant finishedAt) {

    public static EmbeddingBackfillView of(EmbeddingBackfill b) {
        return new EmbeddingBackfillView(b.id, b.status, b.model, b.modelVersion, b.totalRows, b.processedRows,
                b.embeddedRows, b.error, b.startedBy, b.startedAt, b.finishedAt);
    }
}
