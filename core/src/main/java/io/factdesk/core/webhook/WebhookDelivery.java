package io.factdesk.core.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;

/** One event to send to one webhook, and how sending it went. */
@Entity
@jakarta.persistence.Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    public enum Status {
        PENDING, DELIVERED, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne
    @JoinColumn(name = "webhook_id")
    public Webhook webhook;

    public String event;

    /** The JSON body, fixed when the event happened. */
    public String payload;

    @Enumerated(EnumType.STRING)
    public Status status = Status.PENDING;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt = Instant.now();

    /** The HTTP status of the last attempt, if the endpoint answered. */
    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    public static List<WebhookDelivery> latest(Webhook webhook, int limit) {
        return find("webhook = ?1 order by id desc", webhook).page(0, limit).list();
    }
}
