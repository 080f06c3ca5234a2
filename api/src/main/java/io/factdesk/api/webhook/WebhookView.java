package io.factdesk.api.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.factdesk.core.webhook.Webhook;
import io.factdesk.verification.webhook.IssuedSecret;
import java.time.Instant;
import java.util.List;

/** A registered webhook. The signing secret is only in the answer that created it or rotated it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookView(long id, String url, List<String> events, String createdBy, Instant createdAt,
        String secret) {

    static WebhookView of(Webhook webhook) {
        return of(webhook, null);
    }

    static WebhookView withSecret(IssuedSecret issued) {
        return of(issued.webhook(), issued.secret());
    }

    private static WebhookView of(Webhook webhook, String secret) {
        return new WebhookView(webhook.id, webhook.url, webhook.eventNames(), webhook.createdBy, webhook.createdAt,
                secret);
    }
}
