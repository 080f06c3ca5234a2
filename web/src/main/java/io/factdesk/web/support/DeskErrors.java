package io.factdesk.web.support;

import io.factdesk.verification.common.Conflict;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.common.NotPermitted;
import io.factdesk.verification.common.StaleVersion;
import io.factdesk.verification.matching.MatchRefused;
import io.factdesk.verification.workflow.EvidenceShortfall;
import io.factdesk.verification.workflow.TransitionRefused;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;

/**
 * Turns a refusal from the application services into what a page shows: the plain-language message, or a
 * page exception for "not found" and "not allowed".
 */
public final class DeskErrors {

    private DeskErrors() {
    }

    /** The message to show next to the form, or rethrows as a page error when there is no form to go back to. */
    public static String messageOf(RuntimeException e) {
        if (e instanceof TransitionRefused refused) {
            EvidenceShortfall missing = refused.shortfall();
            if (missing != null) {
                return PageLanguage.bundle(Words.class).evidence_shortfall(missing.neededItems(),
                        missing.neededPublishers(), missing.items(), missing.publishers());
            }
            return refused.reason().message();
        }
        if (e instanceof Conflict || e instanceof StaleVersion || e instanceof MatchRefused) {
            return e.getMessage();
        }
        if (e instanceof OptimisticLockException || e instanceof StaleStateException) {
            return PageLanguage.bundle(UiMsg.class).error_claim_stale();
        }
        if (e instanceof NotFound) {
            throw new PageNotFound(e.getMessage());
        }
        if (e instanceof NotPermitted) {
            throw new PageForbidden(e.getMessage());
        }
        throw e;
    }
}
