package io.factdesk.web.desk;

import io.factdesk.verification.workflow.RefusalReason;
import io.factdesk.web.support.FindMsg;

/** A refusal code of a bulk action in plain words: the workflow's own message, or the list's. */
final class RefusalWords {

    private RefusalWords() {
    }

    static String of(FindMsg msg, String code) {
        for (RefusalReason reason : RefusalReason.values()) {
            if (reason.code().equals(code)) {
                return reason.message();
            }
        }
        return "already-tagged".equals(code) ? msg.refused_already_tagged() : msg.refused_other();
    }
}
