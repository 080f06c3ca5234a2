package io.factdesk.core.webhook;

import io.factdesk.core.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;

/** One event to send to one webhook, and how sending it went. */
@Entity
@jakarta.persistence.Table(name = "webhook_delivery")
public class WebhookDelivery extends Identified {

    public enum Status {
        PENDING, DELIVERED, FAILED
    }

    @ManyToOne
    public Webhook webhook;

    public String event;

    /** The JSON body, fixed when the event happened. */
    public String payload;

    @Enumerated(EnumType.STRING)
    public Status status = Status.PENDING;

    public int attempts;

    public Instant nextAttemptAt = Instant.now();

    /** The HTTP status of the last attempt, if the endpoint answered. */
    public Integer lastStatus;

    public String lastError;

    public Instant createdAt = Instant.now();

    public Instant deliveredAt;

    public static List<WebhookDelivery> latest(Webhook webhook, int limit) {
        return find("webhook = ?1 order by id desc", webhook).page(0, limit).list();
    }
}
