package io.factdesk.web.errors;

import io.factdesk.verification.common.Conflict;
import io.factdesk.verification.common.Refused;
import io.factdesk.verification.common.StaleVersion;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;

/**
 * What a page with a form does with a refusal of the application services: the message to show next to the
 * form, in the viewer's language. Refusals with no form to go back to (not found, not allowed) go on to
 * {@link ErrorPages}.
 */
public final class DeskErrors {

    private DeskErrors() {
    }

    /** The message to show next to the form, or rethrows when there is no form to go back to. */
    public static String messageOf(RuntimeException e) {
        if (e instanceof Refused refused && (refused.byWorkflow() || e instanceof Conflict
                || e instanceof StaleVersion)) {
            return RefusalTexts.of(refused);
        }
        if (e instanceof OptimisticLockException || e instanceof StaleStateException) {
            return RefusalTexts.lostRace();
        }
        throw e;
    }
}
