package io.factdesk.web.errors;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The refusals of the services in words for people: {@code messages/refusals.properties} and its translations.
 * Each message is named by a refusal's {@link io.factdesk.verification.common.Refused#messageKey()} and takes its
 * arguments; {@link RefusalTexts} looks them up.
 */
@MessageBundle(value = "refusals", locale = "en")
public interface RefusalBundle {

    @Message
    String not_found();

    @Message
    String needs_role(String role);

    @Message
    String stale_claim();

    @Message
    String stale_organisation();

    @Message
    String too_many_tips();

    @Message
    String conflict_same_claim();

    @Message
    String rule_not_found();

    @Message
    String rule_wrong_role();

    @Message
    String rule_wrong_organisation();

    @Message
    String rule_wrong_state();

    @Message
    String rule_not_assignee();

    @Message
    String rule_four_eyes();

    @Message
    String rule_already_approved();

    @Message
    String rule_minimum_evidence(int neededItems, int neededPublishers, int items, int publishers);

    @Message
    String rule_note_required();

    @Message
    String rule_incomplete_evidence();

    @Message
    String rule_unknown_rating();

    @Message
    String rule_incomplete_review();

    @Message
    String rule_unknown_assignee();

    @Message
    String rule_correction_pending();

    @Message
    String rule_no_pending_correction();

    @Message
    String rule_typo_not_allowed();

    @Message
    String rule_not_a_typo();
}
