package io.factdesk.verification.webhook;

import io.factdesk.core.webhook.Webhook;

/** A webhook with its signing secret in clear: only in the answer that created or rotated it, never stored so. */
public record IssuedSecret(Webhook webhook, String secret) {
}
