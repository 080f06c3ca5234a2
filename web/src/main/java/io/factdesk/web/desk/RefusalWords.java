package io.factdesk.web.desk;

import io.factdesk.verification.common.RefusalMessages;
import io.factdesk.verification.workflow.RefusalReason;
import io.factdesk.web.support.FindMsg;
import io.factdesk.web.support.PageLanguage;
import java.util.List;

/**
 * A refusal code of a bulk action in plain words, in the page's language: the workflow rule's text from the
 * refusals bundle, or the list's own.
 */
final class RefusalWords {

    private RefusalWords() {
    }

    static String of(FindMsg msg, String code) {
        for (RefusalReason reason : RefusalReason.values()) {
            // The minimum-evidence text needs the shortfall's numbers, which a code in the address does not carry
            // (no bulk action submits a review).
            if (reason.code().equals(code) && reason != RefusalReason.MINIMUM_EVIDENCE) {
                return RefusalMessages.message(reason.messageKey(), List.of(), PageLanguage.currentLocale())
                        .orElseGet(msg::refused_other);
            }
        }
        return "already-tagged".equals(code) ? msg.refused_already_tagged() : msg.refused_other();
    }
}
