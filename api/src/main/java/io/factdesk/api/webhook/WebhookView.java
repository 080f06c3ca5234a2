package io.factdesk.api.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.factdesk.core.webhook.Webhook;
import java.time.Instant;
import java.util.List;

/** A registered webhook. The signing secret is only in the answer that created it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookView(long id, String url, List<String> events, String createdBy, Instant createdAt,
        String secret) {

    static WebhookView of(Webhook webhook) {
        return of(webhook, null);
    }

    static WebhookView withSecret(Webhook webhook) {
        return of(webhook, webhook.secret);
    }

    private static WebhookView of(Webhook webhook, String secret) {
        return new WebhookView(webhook.id, webhook.url, webhook.eventNames(), webhook.createdBy, webhook.createdAt,
                secret);
    }
}
