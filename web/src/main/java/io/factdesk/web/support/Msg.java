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
}
