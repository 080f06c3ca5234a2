package io.factdesk.verification.importing;

import io.factdesk.core.importing.ImportJob;

/** Fired (CDI event) when a bulk import job has ended, for monitoring; the job itself is already stored. */
public record ImportFinished(ImportJob.Format format, ImportJob.Status status, int importedRows, int skippedRows) {
}
