package io.factdesk.web.errors;

import io.factdesk.verification.common.RefusalMessages;
import io.factdesk.verification.common.Refused;
import io.factdesk.web.support.PageLanguage;
import java.util.List;

/**
 * A refusal of the services in the viewer's language: the text of {@link RefusalMessages} (the one place the
 * refusal words live, shared with the API's problem {@code detail}) named by its {@link Refused#messageKey()},
 * with its {@link Refused#arguments()}. A refusal whose key has no text there yet is shown with its English
 * message.
 */
public final class RefusalTexts {

    private RefusalTexts() {
    }

    /** The refusal's message in the viewer's language. */
    public static String of(Refused refusal) {
        return RefusalMessages.of(refusal, PageLanguage.currentLocale()).orElseGet(refusal::getMessage);
    }

    /** A concurrent writer won the race on the database row: the same words as a stale claim. */
    public static String lostRace() {
        return RefusalMessages.message("stale_claim", List.of(), PageLanguage.currentLocale()).orElseThrow();
    }
}
