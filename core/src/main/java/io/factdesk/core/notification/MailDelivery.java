package io.factdesk.core.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * One e-mail waiting to be sent, written in the transaction of what caused it, sent afterwards in the background.
 * The address is erased once the e-mail was sent or given up, so no address is kept longer than needed.
 */
@Entity
@jakarta.persistence.Table(name = "mail_delivery")
public class MailDelivery extends PanacheEntityBase {

    public enum Status {
        PENDING, SENT, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String recipient;

    public String subject;

    public String body;

    @Enumerated(EnumType.STRING)
    public Status status = Status.PENDING;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt = Instant.now();

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "sent_at")
    public Instant sentAt;

    public static MailDelivery queue(String recipient, String subject, String body) {
        MailDelivery mail = new MailDelivery();
        mail.recipient = recipient;
        mail.subject = subject.length() > 300 ? subject.substring(0, 299) + "…" : subject;
        mail.body = body;
        mail.persist();
        return mail;
    }
}
