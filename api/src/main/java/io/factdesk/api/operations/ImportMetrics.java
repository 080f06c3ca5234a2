package io.factdesk.api.operations;

import io.factdesk.verification.importing.ImportFinished;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * Counts finished bulk import jobs for {@code /q/metrics}: {@code factdesk_import_jobs_total{format,status}} and
 * their rows, {@code factdesk_import_rows_total{format,outcome="imported|skipped"}}.
 */
@ApplicationScoped
public class ImportMetrics {

    @Inject
    MeterRegistry registry;

    void onFinished(@Observes ImportFinished job) {
        String format = job.format().name().toLowerCase(Locale.ROOT).replace('_', '-');
        registry.counter("factdesk.import.jobs", "format", format,
                "status", job.status().name().toLowerCase(Locale.ROOT)).increment();
        registry.counter("factdesk.import.rows", "format", format, "outcome", "imported").increment(job.importedRows());
        registry.counter("factdesk.import.rows", "format", format, "outcome", "skipped").increment(job.skippedRows());
    }
}
