package io.factdesk.web.support;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the workflow and of public corrections; texts in {@code messages/words.properties}, used in
 * templates as {@code {words:verdict_history}}. Kept apart from {@link Msg} so that neither bundle grows past the
 * 300 messages one generated bundle class holds reliably.
 */
@MessageBundle(value = "words", locale = "en")
public interface Words {


    @Message
    String state_label(String state);

    @Message
    String event_label(String type);

    @Message
    String history_moved(String from, String to);

    @Message
    String review_status(String status);

    @Message
    String review_by(String author);

    @Message
    String review_proposed_rating();

    @Message
    String panel_progress(int count, int required, int missing);

    @Message
    String evidence_stance_choose();

    @Message
    String evidence_stance_missing();

    @Message
    String evidence_shortfall(int neededItems, int neededPublishers, int items, int publishers);

    @Message
    String claimant_kind();

    @Message
    String claimant_kind_unstated();

    @Message
    String claimant_kind_person();

    @Message
    String claimant_kind_organisation();

    @Message
    String verdict_corrected_flag();

    @Message
    String verdict_corrected_on(String date);

    @Message
    String verdict_rating_was(String label);

    @Message
    String verdict_read_revision(int revision);

    @Message
    String verdict_history();

    @Message
    String verdict_history_entry(int revision, String date);

    @Message
    String verdict_history_this();

    @Message
    String verdict_history_rereviewed();

    @Message
    String revision_title(int revision, String headline);

    @Message
    String revision_banner_old(int revision, int total, String replacedOn);

    @Message
    String revision_banner_current(int revision);

    @Message
    String revision_current_link();
}
