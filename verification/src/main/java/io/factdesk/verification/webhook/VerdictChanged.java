package io.factdesk.verification.webhook;

import io.factdesk.core.verdict.Verdict;

/**
 * Fired (synchronously, inside the workflow's transaction) when a verdict is published, corrected or put under
 * review again, so that the deliveries to send are written in the same transaction as the change.
 */
public record VerdictChanged(Verdict verdict, WebhookEvent event) {
}
