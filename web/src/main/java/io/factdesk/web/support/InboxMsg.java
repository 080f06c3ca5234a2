package io.factdesk.web.support;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The English strings of the tips inbox, the notifications and the staff preferences ({@code {inbox:...}} in
 * templates); the texts live in {@code messages/inbox.properties}. A bundle of its own because Quarkus 3.30 builds
 * a message bundle of more than 300 messages into a class the JVM refuses to load (a {@code VerifyError} in the
 * generated {@code Msg_Bundle}), and {@link Msg} is close to that size.
 */
@MessageBundle(value = "inbox", locale = "en")
public interface InboxMsg {

    @Message
    String desk_nav_tips();

    @Message
    String desk_nav_notifications();

    @Message
    String desk_nav_unread();

    @Message
    String desk_nav_preferences();

    @Message
    String tips_inbox_title();

    @Message
    String tips_inbox_lead();

    @Message
    String tips_filter_label();

    @Message
    String tips_show_open();

    @Message
    String tips_show_handled();

    @Message
    String tips_show_all();

    @Message
    String tips_none();

    @Message
    String tips_col_tip();

    @Message
    String tips_col_requests();

    @Message
    String tips_col_received();

    @Message
    String tips_col_status();

    @Message
    String tips_status_open();

    @Message
    String tips_status_handled();

    @Message
    String tips_status_handled_by(String name);

    @Message
    String tips_status_claim(Long id);

    @Message
    String tip_page_title(Long id);

    @Message
    String tips_back();

    @Message
    String tips_requests();

    @Message
    String tips_requests_hint();

    @Message
    String tips_link();

    @Message
    String tips_contact();

    @Message
    String tips_contact_notify();

    @Message
    String tips_merged_into();

    @Message
    String tips_duplicates();

    @Message
    String tips_to_claim();

    @Message
    String tips_claim_text();

    @Message
    String tips_claim_text_hint();

    @Message
    String tips_claimant();

    @Message
    String tips_to_claim_button();

    @Message
    String tips_merge();

    @Message
    String tips_merge_into();

    @Message
    String tips_merge_hint();

    @Message
    String tips_merge_button();

    @Message
    String tips_handled_button();

    @Message
    String tips_reopen_button();

    @Message
    String tips_done_handled();

    @Message
    String tips_done_reopened();

    @Message
    String tips_done_merged();

    @Message
    String tips_error_merge_number();

    @Message
    String tips_error_merge_unknown();

    @Message
    String tips_error_merge_same();

    @Message
    String tips_error_merge_claims();

    @Message
    String tips_error_claim_exists();

    @Message
    String tips_error_claim_invalid();

    @Message
    String notifications_title();

    @Message
    String notifications_unread(long count);

    @Message
    String notifications_preferences();

    @Message
    String notifications_none();

    @Message
    String notifications_mark_all();

    @Message
    String notifications_done_read();

    @Message
    String notifications_new();

    @Message
    String notifications_open(Long id);

    @Message
    String notification_assigned(String actor);

    @Message
    String notification_returned(String actor);

    @Message
    String notification_awaiting(String actor);

    @Message
    String notification_reopened(String actor);

    @Message
    String notification_published(String actor);

    @Message
    String preferences_title();

    @Message
    String preferences_saved();

    @Message
    String preferences_address(String email);

    @Message
    String preferences_no_address();

    @Message
    String preferences_email();

    @Message
    String preferences_email_hint();

    @Message
    String preferences_save();

    @Message
    String tip_notify();

    @Message
    String tip_notify_hint();

    @Message
    String tip_error_notify();
}
