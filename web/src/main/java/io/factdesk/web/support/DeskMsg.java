package io.factdesk.web.support;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The English texts of the staff, organisation, activity and dashboard pages ({@code messages/deskmsg.properties},
 * {@code {deskmsg:key}} in templates). Kept apart from {@link Msg} so that neither bundle grows past the size at
 * which the generated message resolver no longer loads.
 */
@MessageBundle(value = "deskmsg", locale = "en")
public interface DeskMsg {


    @Message
    String audit_title();

    @Message
    String audit_lead();

    @Message
    String audit_none();

    @Message
    String audit_col_when();

    @Message
    String audit_col_who();

    @Message
    String audit_col_what();

    @Message
    String audit_col_note();

    @Message
    String audit_pages();

    @Message
    String audit_newer();

    @Message
    String audit_older();

    @Message
    String staff_title();

    @Message
    String staff_lead();

    @Message
    String staff_members();

    @Message
    String staff_invitations();

    @Message
    String staff_no_invitations();

    @Message
    String staff_col_name();

    @Message
    String staff_col_login();

    @Message
    String staff_col_roles();

    @Message
    String staff_col_actions();

    @Message
    String staff_col_invited_by();

    @Message
    String staff_role_reviewer();

    @Message
    String staff_role_editor();

    @Message
    String staff_role_admin();

    @Message
    String staff_roles_of(String name);

    @Message
    String staff_roles_from_provider();

    @Message
    String staff_save_roles(String name);

    @Message
    String staff_remove(String name);

    @Message
    String staff_withdraw(String login);

    @Message
    String staff_invite();

    @Message
    String staff_invite_login();

    @Message
    String staff_invite_login_hint();

    @Message
    String staff_invite_button();

    @Message
    String staff_audit_link();

    @Message
    String staff_done_invited();

    @Message
    String staff_done_withdrawn();

    @Message
    String staff_done_roles();

    @Message
    String staff_done_removed();

    @Message
    String staff_error_login();

    @Message
    String staff_error_roles();

    @Message
    String staff_error_already_staff();

    @Message
    String staff_error_already_invited();

    @Message
    String staff_error_last_admin();

    @Message
    String organisations_title();

    @Message
    String organisations_lead();

    @Message
    String organisations_col_name();

    @Message
    String organisations_col_slug();

    @Message
    String organisations_col_members();

    @Message
    String organisations_col_invitations();

    @Message
    String organisations_col_created();

    @Message
    String organisations_create();

    @Message
    String organisations_slug_hint();

    @Message
    String organisations_first_admin();

    @Message
    String organisations_first_admin_hint();

    @Message
    String organisations_done_created();

    @Message
    String organisations_error_name();

    @Message
    String organisations_error_slug();

    @Message
    String organisations_error_slug_taken();

    @Message
    String dashboard_backlog();

    @Message
    String dashboard_backlog_caption();

    @Message
    String dashboard_age_day();

    @Message
    String dashboard_age_three();

    @Message
    String dashboard_age_week();

    @Message
    String dashboard_age_month();

    @Message
    String dashboard_age_older();

    @Message
    String dashboard_total();

    @Message
    String dashboard_state_submitted();

    @Message
    String dashboard_state_in_review();

    @Message
    String dashboard_state_reviewed();

    @Message
    String dashboard_closed(long rated, long dismissed);

    @Message
    String dashboard_workload();

    @Message
    String dashboard_workload_none();

    @Message
    String dashboard_reviewer();

    @Message
    String dashboard_in_review();

    @Message
    String dashboard_awaiting_approval();

    @Message
    String dashboard_median_p90(String median, String p90, long total);

    @Message
    String dashboard_chart_title();

    @Message
    String dashboard_chart_desc();

    @Message
    String dashboard_chart_hours();

    @Message
    String dashboard_chart_legend();

    @Message
    String dashboard_chart_table();

    @Message
    String dashboard_month();

    @Message
    String dashboard_rated();

    @Message
    String dashboard_col_median();

    @Message
    String dashboard_p90();

    @Message
    String dashboard_tips();

    @Message
    String dashboard_tips_total(long total);

    @Message
    String dashboard_day();

    @Message
    String dashboard_tips_count();

    @Message
    String dashboard_corrections();

    @Message
    String dashboard_corrections_count();

    @Message
    String duration_minutes(long count);

    @Message
    String duration_hours(long count);

    @Message
    String duration_days(long count);
}
