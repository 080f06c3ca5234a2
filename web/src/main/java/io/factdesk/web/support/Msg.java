package io.factdesk.web.support;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every English string of the pages; the texts live in {@code messages/msg.properties}. A second language is a
 * {@code msg_<lang>.properties} file next to it, without touching a template.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Msg {

    @Message
    String lang();

    @Message
    String site_name();

    @Message
    String skip_to_content();

    @Message
    String nav_label();

    @Message
    String nav_search();

    @Message
    String nav_methodology();

    @Message
    String nav_tip();

    @Message
    String nav_desk();

    @Message
    String footer_text();

    @Message
    String feed_title();

    @Message
    String feed_link();

    @Message
    String home_title();

    @Message
    String home_heading();

    @Message
    String home_lead();

    @Message
    String home_latest();

    @Message
    String home_none();

    @Message
    String search_title();

    @Message
    String search_heading();

    @Message
    String search_label();

    @Message
    String search_button();

    @Message
    String search_results(long total);

    @Message
    String search_results_more(long total);

    @Message
    String search_result_one();

    @Message
    String search_none();

    @Message
    String filter_rating();

    @Message
    String filter_organisation();

    @Message
    String filter_claimant();

    @Message
    String filter_from();

    @Message
    String filter_to();

    @Message
    String filter_any();

    @Message
    String filter_date_error();

    @Message
    String pager_label();

    @Message
    String pager_previous();

    @Message
    String pager_next();

    @Message
    String pager_position(int page, int pages);

    @Message
    String claim_by(String claimant);

    @Message
    String under_review_short();

    @Message
    String under_review_banner();

    @Message
    String verdict_claim();

    @Message
    String verdict_claimant();

    @Message
    String verdict_claimed_on();

    @Message
    String verdict_rating();

    @Message
    String verdict_published();

    @Message
    String verdict_by(String organisation);

    @Message
    String verdict_updated();

    @Message
    String verdict_revision(int revision);

    @Message
    String verdict_summary();

    @Message
    String verdict_explanation();

    @Message
    String verdict_appearances();

    @Message
    String verdict_no_appearances();

    @Message
    String verdict_source_link();

    @Message
    String verdict_evidence();

    @Message
    String verdict_no_evidence();

    @Message
    String verdict_corrections();

    @Message
    String verdict_approved_by(int count);

    @Message
    String verdict_imported_from(String publisher);

    @Message
    String stance(String stance);

    @Message
    String methodology_title();

    @Message
    String methodology_heading();

    @Message
    String methodology_lead();

    @Message
    String methodology_process();

    @Message
    String methodology_step_select();

    @Message
    String methodology_step_research();

    @Message
    String methodology_step_review();

    @Message
    String methodology_step_publish();

    @Message
    String methodology_step_correct();

    @Message
    String methodology_policies();

    @Message
    String methodology_policy_approvals(int required, int panel);

    @Message
    String methodology_policy_evidence(int items, int publishers);

    @Message
    String methodology_policy_four_eyes();

    @Message
    String methodology_scale();

    @Message
    String tip_title();

    @Message
    String tip_heading();

    @Message
    String tip_lead();

    @Message
    String tip_text();

    @Message
    String tip_text_hint();

    @Message
    String tip_url();

    @Message
    String tip_contact();

    @Message
    String tip_honeypot();

    @Message
    String tip_send();

    @Message
    String tip_thanks_title();

    @Message
    String tip_thanks_heading();

    @Message
    String tip_thanks_text();

    @Message
    String tip_another();

    @Message
    String tip_error_text();

    @Message
    String tip_error_url();

    @Message
    String tip_error_contact();

    @Message
    String tip_rate_limited();

    @Message
    String error_home();

    @Message
    String error_400_heading();

    @Message
    String error_400_text();

    @Message
    String error_400_page_number(int max);

    @Message
    String error_403_heading();

    @Message
    String error_403_text();

    @Message
    String error_404_heading();

    @Message
    String error_404_text();

    @Message
    String error_409_heading();

    @Message
    String error_409_text();

    @Message
    String error_500_heading();

    @Message
    String error_500_text();

    @Message
    String form_errors();

    @Message
    String desk_nav_queues();

    @Message
    String desk_nav_articles();

    @Message
    String desk_nav_dashboard();

    @Message
    String desk_nav_public();

    @Message
    String desk_signed_in(String name);

    @Message
    String desk_logout();

    @Message
    String desk_title();

    @Message
    String desk_heading();

    @Message
    String desk_queues_label();

    @Message
    String desk_import_link();

    @Message
    String queue_mine();

    @Message
    String queue_unassigned();

    @Message
    String queue_approval();

    @Message
    String queue_returned();

    @Message
    String queue_empty();

    @Message
    String col_claim();

    @Message
    String col_state();

    @Message
    String col_assignee();

    @Message
    String col_updated();

    @Message
    String dashboard_title();

    @Message
    String dashboard_time();

    @Message
    String dashboard_no_ratings();

    @Message
    String claim_title(Long id);

    @Message
    String claim_heading(Long id);

    @Message
    String matches_heading();

    @Message
    String matches_hint();

    @Message
    String matches_none();

    @Message
    String match_level(String level);

    @Message
    String match_score(String score);

    @Message
    String match_published();

    @Message
    String match_own(Long id, String state);

    @Message
    String match_confirmed();

    @Message
    String match_note();

    @Message
    String match_confirm();

    @Message
    String match_reject();

    @Message
    String claim_linked();

    @Message
    String claim_linked_claim(Long id);

    @Message
    String promote_matches();

    @Message
    String claim_dismiss_reason();

    @Message
    String claim_verdict();

    @Message
    String claim_history();

    @Message
    String history_by(String actor);

    @Message
    String action_take();

    @Message
    String action_remove_evidence(String title);

    @Message
    String evidence_add();

    @Message
    String evidence_title();

    @Message
    String evidence_publisher();

    @Message
    String evidence_url();

    @Message
    String evidence_citation();

    @Message
    String evidence_accessed();

    @Message
    String evidence_stance();

    @Message
    String evidence_note();

    @Message
    String stance_refutes();

    @Message
    String stance_supports();

    @Message
    String stance_context();

    @Message
    String review_latest(int round);

    @Message
    String review_returned_note();

    @Message
    String review_approved_by();

    @Message
    String review_write();

    @Message
    String review_headline();

    @Message
    String review_summary();

    @Message
    String review_analysis();

    @Message
    String review_analysis_hint();

    @Message
    String review_rating();

    @Message
    String review_choose_rating();

    @Message
    String review_preview();

    @Message
    String review_submit();

    @Message
    String review_preview_heading();

    @Message
    String editor_actions();

    @Message
    String action_approve();

    @Message
    String action_return_note();

    @Message
    String action_return();

    @Message
    String action_assign_to();

    @Message
    String action_assign();

    @Message
    String action_dismiss_reason();

    @Message
    String action_dismiss();

    @Message
    String action_correct_note();

    @Message
    String action_correct_rating();

    @Message
    String action_keep_rating();

    @Message
    String action_correct_explanation();

    @Message
    String action_correct();

    @Message
    String action_correct_typo();

    @Message
    String correction_pending_title();

    @Message
    String correction_pending_by(String editor);

    @Message
    String correction_pending_rating();

    @Message
    String action_approve_correction();

    @Message
    String action_return_correction_note();

    @Message
    String action_return_correction();

    @Message
    String action_reopen_note();

    @Message
    String action_reopen();

    @Message
    String articles_title();

    @Message
    String articles_import();

    @Message
    String articles_list();

    @Message
    String articles_none();

    @Message
    String article_title_field();

    @Message
    String article_outlet();

    @Message
    String article_url();

    @Message
    String article_published();

    @Message
    String article_format();

    @Message
    String article_format_text();

    @Message
    String article_format_html();

    @Message
    String article_body();

    @Message
    String article_file();

    @Message
    String article_import_button();

    @Message
    String article_imported_by(String user);

    @Message
    String article_flags();

    @Message
    String article_sentences();

    @Message
    String article_sentences_hint();

    @Message
    String sentence_score(String score);

    @Message
    String sentence_reasons();

    @Message
    String sentence_promoted(Long id);

    @Message
    String sentence_promote();

    @Message
    String promote_text();

    @Message
    String promote_claimant();

    @Message
    String promote_button();

    @Message
    String desk_nav_admin();

    @Message
    String admin_title();

    @Message
    String admin_lead(String name);

    @Message
    String admin_nav_label();

    @Message
    String admin_overview();

    @Message
    String admin_scale();

    @Message
    String admin_scale_edit();

    @Message
    String admin_policies();

    @Message
    String admin_policies_edit();

    @Message
    String admin_profile();

    @Message
    String admin_profile_edit();

    @Message
    String admin_unrated();

    @Message
    String admin_saved();

    @Message
    String admin_scale_lead();

    @Message
    String admin_entry(String code);

    @Message
    String admin_entry_new();

    @Message
    String admin_position();

    @Message
    String admin_code();

    @Message
    String admin_label();

    @Message
    String admin_value();

    @Message
    String admin_colour();

    @Message
    String admin_description();

    @Message
    String admin_remove();

    @Message
    String admin_scale_save();

    @Message
    String admin_policies_lead();

    @Message
    String admin_approvals();

    @Message
    String admin_panel();

    @Message
    String admin_min_evidence();

    @Message
    String admin_min_publishers();

    @Message
    String admin_policies_save();

    @Message
    String admin_name();

    @Message
    String admin_url();

    @Message
    String admin_org_description();

    @Message
    String admin_methodology();

    @Message
    String admin_methodology_hint();

    @Message
    String admin_profile_save();

    @Message
    String admin_webhooks();

    @Message
    String admin_webhooks_lead();

    @Message
    String admin_webhooks_none();

    @Message
    String admin_webhooks_manage();

    @Message
    String admin_webhook_events();

    @Message
    String admin_webhook_secret();

    @Message
    String admin_webhook_secret_hint();

    @Message
    String admin_webhook_no_deliveries();

    @Message
    String admin_webhook_deliveries();

    @Message
    String admin_webhook_delivery();

    @Message
    String admin_webhook_event();

    @Message
    String admin_webhook_status();

    @Message
    String admin_webhook_attempts();

    @Message
    String admin_webhook_last_answer();

    @Message
    String admin_webhook_remove(String url);

    @Message
    String admin_webhook_add();

    @Message
    String admin_webhook_url();

    @Message
    String admin_webhook_added();

    @Message
    String admin_webhook_rotated(String url);

    @Message
    String admin_webhook_secret_once();

    @Message
    String admin_webhook_rotate(String url);

    @Message
    String admin_webhook_removed();

    // --- drafts and sessions ---

    @Message
    String draft_restored(String time);

    @Message
    String draft_saved(String time);

    @Message
    String draft_not_saved();
}
