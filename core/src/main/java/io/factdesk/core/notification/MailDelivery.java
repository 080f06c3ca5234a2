package io.factdesk.core.notification;

import io.factdesk.core.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * One e-mail waiting to be sent, written in the transaction of what caused it, sent afterwards in the background.
 * The address is erased once the e-mail was sent or given up, so no address is kept longer than needed.
 */
@Entity
@jakarta.persistence.Table(name = "mail_delivery")
public class MailDelivery extends Identified {

    public enum Status {
        PENDING, SENT, FAILED
    }

    public String recipient;

    public String subject;

    public String body;

    @Enumerated(EnumType.STRING)
    public Status status = Status.PENDING;

    public int attempts;

    public Instant nextAttemptAt = Instant.now();

    public String lastError;

    public Instant createdAt = Instant.now();

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
