package io.factdesk.verification.claimview;

import io.factdesk.verification.workflow.AllowedActions;

/** A claim's fields and what the reader may do with it now, as the review workflow answers it. */
public record ClaimWithActions(ClaimSummary claim, AllowedActions allowed) {
}
