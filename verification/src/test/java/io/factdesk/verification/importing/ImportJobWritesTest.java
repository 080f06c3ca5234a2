package io.factdesk.verification.importing;

import static io.factdesk.verification.DatabaseFixtures.anOrganisationRatingFalse;
import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.core.importing.ImportJob;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Random;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Each row of an import updates the job's counts in a transaction of its own. The uploaded file stays in the job
 * until it ends, and must not be read and written again with every row: with a file of megabytes that made
 * PostgreSQL the bottleneck of a 10,000-row import (every row wrote the whole file to the write-ahead log).
 */
@QuarkusTest
class ImportJobWritesTest {

    private static final int ROWS = 40;

    @Inject
    ImportService imports;

    @Inject
    EntityManager em;

    @Test
    void rowsUpdateTheCountsWithoutRewritingTheFile() {
        Organisation desk = QuarkusTransaction.requiringNew().call(() -> anOrganisationRatingFalse("Import Writes"));
        // A file of about 1.6 MB that does not compress: an ignored column of random letters on every row.
        Random random = new Random(7);
        StringBuilder csv = new StringBuilder("claim,rating,notes\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("\"Row ").append(i).append(" claims the lake froze in July ").append(System.nanoTime())
                    .append("\",False,");
            for (int c = 0; c < 40_000; c++) {
                csv.append((char) ('a' + random.nextInt(26)));
            }
            csv.append('\n');
        }
        ImportJob job = imports.start(new Actor("ed", "Ed", desk, Set.of(StaffRole.EDITOR)), ImportJob.Format.CSV,
                csv.toString(), null);
        Actor admin = new Actor("ada", "Ada", desk, Set.of(StaffRole.ADMIN));

        long walBefore = walPosition();
        imports.approve(admin, job.id);
        Awaitility.await().atMost(Duration.ofSeconds(120))
                .until(() -> imports.get(admin, job.id).status == ImportJob.Status.DONE);
        long written = walPosition() - walBefore;

        assertThat(imports.get(admin, job.id).importedRows).isEqualTo(ROWS);
        // The rows themselves (claims, verdicts, embeddings) write some kilobytes each; the file is 1.6 MB, and
        // random letters do not compress, so writing it again with every row would log ~40 times that (64 MB).
        // The log position is the whole server's: a checkpoint during the import (each page's first change after
        // it is logged whole) and the test application's background work add to it (2.2 MB seen in one run), so
        // the bound is four times the file, still a tenth of what rewriting it would write.
        assertThat(written).as("bytes of write-ahead log for %d rows", ROWS).isLessThan(4L * csv.length());
        String content = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select content from import_job where id = :id").setParameter("id", job.id).getSingleResult());
        assertThat(content).as("the file is dropped once the job ends").isNull();
    }

    private long walPosition() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select pg_current_wal_lsn() - '0/0'::pg_lsn").getSingleResult()).longValue());
    }
}
