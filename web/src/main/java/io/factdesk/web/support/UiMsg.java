package io.factdesk.web.support;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The language switch, the desk's notices and the form errors of the pages' Java code; texts in
 * {@code messages/ui.properties} and {@code ui_uk.properties}. Java code reads them in the page's language with
 * {@code PageLanguage.bundle(UiMsg.class)}.
 */
@MessageBundle(value = "ui", locale = "en")
public interface UiMsg {

    @Message
    String switch_label();

    @Message
    String language_name(String code);

    /** The notice after a desk action ({@code ?done=taken}); empty for an unknown code. */
    @Message
    String notice(String done);

    @Message
    String error_organisation_name();

    @Message
    String error_whole_number();

    @Message
    String error_number_range(int min, int max);

    @Message
    String error_position();

    @Message
    String error_rating_value();

    @Message
    String error_scale_empty();

    @Message
    String error_approvals_panel();

    @Message
    String error_publishers_evidence();

    @Message
    String error_article_body();

    @Message
    String error_evidence_title();

    @Message
    String error_evidence_publisher();

    @Message
    String error_evidence_link();

    @Message
    String error_analysis();

    @Message
    String error_rating();

    @Message
    String error_return_note();

    @Message
    String error_dismiss_reason();

    @Message
    String error_correct_note();

    @Message
    String error_return_correction_note();

    @Message
    String error_reopen_note();

    @Message
    String error_date();

    @Message
    String error_web_address(String reason);

    @Message
    String error_settings_stale();

    @Message
    String error_claim_stale();

    @Message
    String error_too_long(int max);

    @Message
    String admin_default_language();
}
