package io.factdesk.verification.importing;

import io.factdesk.core.claim.Appearance;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.importing.ImportJob;
import io.factdesk.core.importing.ImportJobRow;
import io.factdesk.core.importing.ImportedFactCheck;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.rating.Rating;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.common.Conflict;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.common.NotPermitted;
import io.factdesk.verification.common.PageRequest;
import io.factdesk.verification.common.Paged;
import io.factdesk.verification.common.Texts;
import io.factdesk.verification.language.SearchTerms;
import io.factdesk.verification.matching.ClaimEmbeddings;
import io.factdesk.verification.workflow.ImportedVerdicts.ImportedVerdict;
import io.factdesk.verification.workflow.ImportedVerdicts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Bulk import of fact-checks already published elsewhere (ClaimReview JSON or CSV) as claims with published
 * verdicts marked as the original publisher's. An editor uploads the file: it is read and checked up front
 * (unreadable files are refused at once) and the job waits, publishing nothing, until an admin other than the
 * uploader approves it (or refuses it); this is how a newsroom works, editors prepare and an admin signs off.
 * The rows are then imported in the background, each in its own transaction, while the job's counts show the
 * progress. A row whose natural key (review URL, else claim text and date) was imported before is skipped, so
 * re-importing a file adds nothing.
 */
@ApplicationScoped
public class ImportService {

    /** Most rows one import may hold. */
    public static final int MAX_ROWS = 10_000;

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    @Inject
    Event<ImportFinished> finished;

    @Inject
    ClaimEmbeddings embeddings;

    /** One import at a time per node: rows of concurrent uploads never race for the same natural key here. */
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "factdesk-import");
        thread.setDaemon(true);
        return thread;
    });

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /**
     * Reads the file and records a job AWAITING_APPROVAL with the file; nothing is published until an admin
     * approves it ({@link #approve}).
     *
     * @param originalPublisher who first published the fact-checks, for rows that do not say; optional
     */
    public ImportJob start(Actor actor, ImportJob.Format format, String content, String originalPublisher) {
        NotPermitted.unlessHas(actor, StaffRole.EDITOR);
        if (originalPublisher != null && originalPublisher.strip().length() > 300) {
            throw InvalidInput.of("publisher", "too_long", 300);
        }
        if (format == null) {
            throw InvalidInput.of("format", "one_of", "CLAIMREVIEW_JSON, CSV");
        }
        if (content == null || content.isBlank()) {
            throw InvalidInput.of("content", "empty");
        }
        List<FactCheckRow> rows = read(format, content);
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJob created = new ImportJob();
            created.organisation = Organisation.findById(actor.organisation().id);
            created.format = format;
            created.totalRows = rows.size();
            created.startedBy = actor.username();
            created.content = content;
            created.originalPublisher = originalPublisher == null || originalPublisher.isBlank() ? null
                    : originalPublisher.strip();
            created.persist();
            return created;
        });
    }

    private static List<FactCheckRow> read(ImportJob.Format format, String content) {
        List<FactCheckRow> rows = format == ImportJob.Format.CSV ? CsvReader.read(content) : ClaimReviewReader.read(content);
        if (rows.size() > MAX_ROWS) {
            throw InvalidInput.of("content", "too_many_rows", rows.size(), MAX_ROWS);
        }
        return rows;
    }

    /**
     * An admin approves a waiting job of their organisation: it starts publishing in the background. The admin
     * who uploaded it cannot approve it (four-eyes).
     */
    public ImportJob approve(Actor actor, long jobId) {
        Approved approved = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob decided = decide(actor, jobId, ImportJob.Status.RUNNING);
            return new Approved(decided, read(decided.format, decided.content)); // the file is read only here
        });
        ImportJob job = approved.job();
        List<FactCheckRow> rows = approved.rows();
        String importedBy = job.startedBy;
        String approvedBy = actor.username();
        executor.execute(() -> run(jobId, importedBy, approvedBy, rows));
        return job;
    }

    private record Approved(ImportJob job, List<FactCheckRow> rows) {
    }

    /** An admin refuses a waiting job: nothing is published and the stored file is dropped. */
    public ImportJob refuse(Actor actor, long jobId) {
        return QuarkusTransaction.requiringNew().call(() -> decide(actor, jobId, ImportJob.Status.REFUSED));
    }

    private ImportJob decide(Actor actor, long jobId, ImportJob.Status decision) {
        NotPermitted.unlessHas(actor, StaffRole.ADMIN);
        ImportJob job = ImportJob.<ImportJob>find("id = ?1 and organisation.id = ?2", jobId, actor.organisation().id)
                .firstResultOptional().orElseThrow(() -> new NotFound("import job", jobId));
        if (job.status != ImportJob.Status.AWAITING_APPROVAL) {
            throw Conflict.of("import-decided");
        }
        if (job.startedBy.equals(actor.username())) {
            throw Conflict.of("four-eyes");
        }
        job.status = decision;
        job.decidedBy = actor.username();
        job.decidedAt = Instant.now();
        if (decision == ImportJob.Status.REFUSED) {
            job.content = null;
            job.finishedAt = job.decidedAt;
        }
        ImportJob.flush();
        return job;
    }

    /** One job of the actor's organisation (editors and admins). */
    @Transactional
    public ImportJob get(Actor actor, long jobId) {
        requireEditorOrAdmin(actor);
        return ImportJob.<ImportJob>find("id = ?1 and organisation = ?2", jobId, actor.organisation())
                .firstResultOptional().orElseThrow(() -> new NotFound("import job", jobId));
    }

    /** The per-row report of a job, in input order. */
    @Transactional
    public Paged<ImportJobRow> report(Actor actor, long jobId, PageRequest page) {
        ImportJob job = get(actor, jobId);
        PageRequest p = page == null ? PageRequest.first() : page;
        var query = ImportJobRow.<ImportJobRow>find("job = ?1 order by rowNumber", job);
        return new Paged<>(query.page(p.page() - 1, p.size()).list(), p.page(), p.size(), query.count());
    }

    /** The organisation's jobs, newest first. */
    @Transactional
    public Paged<ImportJob> list(Actor actor, PageRequest page) {
        requireEditorOrAdmin(actor);
        PageRequest p = page == null ? PageRequest.first() : page;
        var query = ImportJob.<ImportJob>find("organisation = ?1 order by startedAt desc, id desc", actor.organisation());
        return new Paged<>(query.page(p.page() - 1, p.size()).list(), p.page(), p.size(), query.count());
    }

    private static void requireEditorOrAdmin(Actor actor) {
        if (!actor.has(StaffRole.ADMIN)) {
            NotPermitted.unlessHas(actor, StaffRole.EDITOR);
        }
    }

    void run(long jobId, String importedBy, String approvedBy, List<FactCheckRow> rows) {
        try {
            EmbeddedAhead ahead = new EmbeddedAhead(rows);
            for (int i = 0; i < rows.size(); i++) {
                FactCheckRow row = rows.get(i);
                Embedded embedded = ahead.take(i);
                try {
                    QuarkusTransaction.requiringNew().run(() -> importRow(jobId, importedBy, approvedBy, row, embedded));
                } catch (RuntimeException rowFailed) {
                    // Another node imported the same fact-check at the same moment (unique natural key).
                    LOG.warnf("Import job %d row %d: %s", jobId, row.rowNumber(), rowFailed.toString());
                    QuarkusTransaction.requiringNew().run(() -> skip(jobId, row.rowNumber(),
                            "could not be saved; it may have been imported at the same time by another upload"));
                }
            }
            finish(jobId, ImportJob.Status.DONE, null);
        } catch (RuntimeException failure) {
            LOG.errorf(failure, "Import job %d failed", jobId);
            finish(jobId, ImportJob.Status.FAILED, "The import stopped unexpectedly; the rows reported so far were kept.");
        }
    }

    private void importRow(long jobId, String importedBy, String approvedBy, FactCheckRow row, Embedded embedded) {
        ImportJob job = ImportJob.findById(jobId);
        ImportJobRow report = new ImportJobRow();
        report.job = job;
        report.rowNumber = row.rowNumber();
        Outcome outcome = importFactCheck(job, importedBy, approvedBy, row, embedded);
        report.outcome = outcome.claimId() == null ? ImportJobRow.Outcome.SKIPPED : ImportJobRow.Outcome.IMPORTED;
        report.reason = outcome.reason();
        report.claimId = outcome.claimId();
        report.persist();
        job.processedRows++;
        if (report.outcome == ImportJobRow.Outcome.IMPORTED) {
            job.importedRows++;
        } else {
            job.skippedRows++;
        }
    }

    private void skip(long jobId, int rowNumber, String reason) {
        ImportJob job = ImportJob.findById(jobId);
        ImportJobRow report = new ImportJobRow();
        report.job = job;
        report.rowNumber = rowNumber;
        report.outcome = ImportJobRow.Outcome.SKIPPED;
        report.reason = reason;
        report.persist();
        job.processedRows++;
        job.skippedRows++;
    }

    private record Outcome(Long claimId, String reason) {
        static Outcome skipped(String reason) {
            return new Outcome(null, reason);
        }
    }

    private Outcome importFactCheck(ImportJob job, String importedBy, String approvedBy, FactCheckRow row,
            Embedded embedded) {
        if (row.problem() != null) {
            return Outcome.skipped(row.problem());
        }
        if (row.claimText() == null) {
            return Outcome.skipped("the claim text is missing");
        }
        if (row.claimText().length() > 2000) {
            return Outcome.skipped("the claim text is longer than 2000 characters");
        }
        String reviewUrl;
        String appearanceUrl;
        try {
            reviewUrl = Texts.optionalUrl("review URL", row.url());
            appearanceUrl = Texts.optionalUrl("appearance URL", row.appearanceUrl());
        } catch (InvalidInput refused) {
            return Outcome.skipped("the " + refused.field() + " " + refused.getMessage());
        }
        String key = naturalKey(row);
        Optional<ImportedFactCheck> earlier = ImportedFactCheck.find(job.organisation, key);
        if (earlier.isPresent()) {
            return Outcome.skipped("already imported as claim " + earlier.get().claim.id);
        }
        Optional<Rating> rating = new RatingMatcher(Rating.scaleOf(job.organisation))
                .match(row.ratingName(), row.ratingValue(), row.bestRating(), row.worstRating());
        if (rating.isEmpty()) {
            return Outcome.skipped("the rating " + (row.ratingName() != null ? "\"" + row.ratingName() + "\"" : row.ratingValue())
                    + " matches nothing on the organisation's rating scale");
        }
        Claim claim = Claim.submitted(job.organisation, row.claimText(), limit(row.claimant(), 300), importedBy);
        claim.claimedOn = row.claimDate();
        claim.searchTerms = SearchTerms.of(claim.text, claim.claimant);
        claim.persist();
        if (appearanceUrl != null) {
            Appearance appearance = new Appearance();
            appearance.claim = claim;
            appearance.url = appearanceUrl;
            appearance.appearedOn = row.claimDate();
            appearance.persist();
        }
        String headline = headlineOf(row);
        String summary = row.summary() != null ? limit(row.summary(), 2000) : rating.get().label + ".";
        String explanation = reviewUrl != null ? "First published at " + reviewUrl : summary;
        String publisher = row.publisher() != null ? limit(row.publisher(), 300)
                : job.originalPublisher != null ? job.originalPublisher : job.organisation.name;
        ImportedVerdicts.publish(claim, new ImportedVerdict(rating.get().code, headline, summary, explanation,
                row.publishedAt() == null ? Instant.now() : row.publishedAt(), publisher), importedBy, approvedBy);
        embeddings.store(claim.id, claim.text, headline, embedded.vectorsFor(claim.text, headline));
        ImportedFactCheck imported = new ImportedFactCheck();
        imported.organisation = job.organisation;
        imported.naturalKey = key;
        imported.claim = claim;
        imported.jobId = job.id;
        imported.persist();
        return new Outcome(claim.id, null);
    }

    private static String headlineOf(FactCheckRow row) {
        return row.headline() != null ? limit(row.headline(), 300) : limit(row.claimText(), 300);
    }

    /** A row's embeddings computed ahead of its transaction (null when the row has no text to embed). */
    private record Embedded(String text, String headline, CompletableFuture<ClaimEmbeddings.Vectors> vectors) {

        /** The vectors of this claim text and headline, or null when they were computed for others or failed. */
        ClaimEmbeddings.Vectors vectorsFor(String claimText, String claimHeadline) {
            if (vectors == null || !text.equals(claimText) || !Objects.equals(headline, claimHeadline)) {
                return null;
            }
            try {
                return vectors.join();
            } catch (RuntimeException failed) {
                return null; // embedded again in the row's transaction, where a failure is reported
            }
        }
    }

    /**
     * Embeds the next few rows' claim texts and headlines on the common pool while the current row's transaction
     * talks to the database: a row's two embeddings and its dozen statements are about equal parts of its time,
     * and one thread would do them in turn.
     */
    private static final class EmbeddedAhead {

        private static final int ROWS_AHEAD = 4;

        private final List<FactCheckRow> rows;
        private final Map<Integer, Embedded> started = new HashMap<>();
        private int next;

        EmbeddedAhead(List<FactCheckRow> rows) {
            this.rows = rows;
        }

        Embedded take(int index) {
            while (next < rows.size() && next <= index + ROWS_AHEAD) {
                started.put(next, start(rows.get(next)));
                next++;
            }
            return started.remove(index);
        }

        private static Embedded start(FactCheckRow row) {
            if (row.problem() != null || row.claimText() == null || row.claimText().isBlank()) {
                return new Embedded("", null, null);
            }
            String text = row.claimText().strip();
            String headline = headlineOf(row);
            return new Embedded(text, headline,
                    CompletableFuture.supplyAsync(() -> ClaimEmbeddings.vectors(text, headline)));
        }
    }

    private static String naturalKey(FactCheckRow row) {
        String key = row.url() != null ? "url:" + row.url()
                : "claim:" + Texts.collapseWhitespace(row.claimText().strip().toLowerCase(Locale.ROOT)) + "|" + row.claimDate();
        return key.length() <= 2100 ? key : key.substring(0, 2100);
    }

    private static String limit(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    private void finish(long jobId, ImportJob.Status status, String error) {
        ImportFinished ended = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = ImportJob.findById(jobId);
            job.status = status;
            job.error = error;
            job.content = null;
            job.finishedAt = Instant.now();
            return new ImportFinished(job.format, status, job.importedRows, job.skippedRows);
        });
        finished.fire(ended);
    }
}
