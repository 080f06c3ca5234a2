package io.factdesk.web.support;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The English strings of the desk's claim list, tags, saved filters, bulk actions and new-claim form, in
 * {@code messages/find.properties} ({@code find:} in templates). A bundle of its own: Qute splits the lookup of a
 * bundle with more than 300 messages into chunks, and that split fails to verify in this Quarkus version.
 */
@MessageBundle(value = "find", locale = "en")
public interface FindMsg {

    @Message
    String nav_claims();

    @Message
    String title();

    @Message
    String heading();

    @Message
    String invalid(String reason);

    @Message
    String words();

    @Message
    String tag();

    @Message
    String tags();

    @Message
    String tags_none();

    @Message
    String from();

    @Message
    String to();

    @Message
    String sort();

    @Message
    String sort_default();

    @Message
    String sort_newest();

    @Message
    String sort_oldest();

    @Message
    String sort_updated();

    @Message
    String sort_relevance();

    @Message
    String clear();

    @Message
    String new_link();

    @Message
    String saved_heading();

    @Message
    String saved_none();

    @Message
    String saved_remove(String name);

    @Message
    String saved_name();

    @Message
    String saved_save();

    @Message
    String results(long count);

    @Message
    String none();

    @Message
    String select();

    @Message
    String select_claim(long id);

    @Message
    String rating();

    @Message
    String received();

    @Message
    String bulk_legend();

    @Message
    String bulk_tag_label();

    @Message
    String bulk_tag();

    @Message
    String bulk_assign_label();

    @Message
    String bulk_assign();

    @Message
    String bulk_reason_label();

    @Message
    String bulk_dismiss();

    @Message
    String done_assigned(int count);

    @Message
    String done_dismissed(int count);

    @Message
    String done_tagged(int count);

    @Message
    String done_saved();

    @Message
    String done_filter_removed();

    @Message
    String refused_heading(int count);

    @Message
    String refused_claim(long id, String reason);

    @Message
    String refused_already_tagged();

    @Message
    String refused_other();

    @Message
    String problem_none_selected();

    @Message
    String problem_too_many(int max);

    @Message
    String problem_assignee();

    @Message
    String problem_reason();

    @Message
    String problem_tag(int max);

    @Message
    String problem_name(int max);

    @Message
    String problem_filter();

    @Message
    String tag_add_label();

    @Message
    String tag_add();

    @Message
    String tag_added();

    @Message
    String tag_removed();

    @Message
    String tag_remove(String name);

    @Message
    String new_title();

    @Message
    String new_heading();

    @Message
    String new_text();

    @Message
    String new_claimant();

    @Message
    String new_date();

    @Message
    String new_outlet();

    @Message
    String new_url();

    @Message
    String new_check();

    @Message
    String new_candidates_heading();

    @Message
    String new_candidates_intro();

    @Message
    String new_no_candidates();

    @Message
    String new_likely_duplicate();

    @Message
    String new_score(String score);

    @Message
    String new_open_existing();

    @Message
    String new_create();

    @Message
    String new_create_anyway();

    @Message
    String new_text_required();

    @Message
    String new_date_future();

    @Message
    String results_one();
}
