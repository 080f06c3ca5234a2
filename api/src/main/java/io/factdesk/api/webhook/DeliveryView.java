package io.factdesk.api.webhook;

import io.factdesk.core.webhook.WebhookDelivery;
import java.time.Instant;

/** One event sent (or being sent) to a webhook, with the outcome of its last attempt. */
public record DeliveryView(long id, String event, String status, int attempts, Integer lastStatus, String lastError,
        Instant createdAt, Instant nextAttemptAt, Instant deliveredAt) {

    static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(d.id, d.event, d.status.name(), d.attempts, d.lastStatus, d.lastError, d.createdAt,
                d.status == WebhookDelivery.Status.PENDING ? d.nextAttemptAt : null, d.deliveredAt);
    }
}
