package io.factdesk.web.support;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The English strings of the admin page for embedding backfills, in {@code messages/backfills.properties}
 * ({@code backfills:} in templates). A bundle of its own: Qute splits the lookup of a bundle with more than 300
 * messages into chunks, and that split fails to verify in this Quarkus version.
 */
@MessageBundle(value = "backfills", locale = "en")
public interface BackfillMsg {

    @Message
    String backfill_nav();

    @Message
    String backfill_title();

    @Message
    String backfill_lead();

    @Message
    String backfill_model();

    @Message
    String backfill_pending();

    @Message
    String backfill_start();

    @Message
    String backfill_started(Long id);

    @Message
    String backfill_jobs();

    @Message
    String backfill_jobs_caption();

    @Message
    String backfill_none();

    @Message
    String backfill_job();

    @Message
    String backfill_status();

    @Message
    String backfill_progress();

    @Message
    String backfill_progress_label(Long id);

    @Message
    String backfill_counts(int done, int total);

    @Message
    String backfill_started_by();

    @Message
    String backfill_finished();

    @Message
    String backfill_reload();
}
