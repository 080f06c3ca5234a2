package io.factdesk.api.importing;

import io.factdesk.core.importing.ImportJob;
import io.factdesk.core.importing.ImportJobRow;
import java.time.Instant;

/** An import job with its live counts, who uploaded it and which admin approved or refused it. */
public record ImportJobView(long id, ImportJob.Format format, ImportJob.Status status, int totalRows,
        int processedRows, int importedRows, int skippedRows, String error, String startedBy, Instant startedAt,
        Instant finishedAt, String originalPublisher, String decidedBy, Instant decidedAt) {

    public static ImportJobView of(ImportJob j) {
        return new ImportJobView(j.id, j.format, j.status, j.totalRows, j.processedRows, j.importedRows,
                j.skippedRows, j.error, j.startedBy, j.startedAt, j.finishedAt, j.originalPublisher, j.decidedBy,
                j.decidedAt);
    }

    /** One line of the per-row report. */
    public record RowView(int row, ImportJobRow.Outcome outcome, String reason, Long claimId) {

        public static RowView of(ImportJobRow r) {
            return new RowView(r.rowNumber, r.outcome, r.reason, r.claimId);
        }
    }
}
