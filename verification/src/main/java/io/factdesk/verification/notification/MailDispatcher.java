package io.factdesk.verification.notification;

import io.factdesk.core.notification.MailDelivery;
import io.factdesk.verification.common.DueRows;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Sends queued e-mails through Quarkus Mailer (SMTP), the way {@code WebhookDispatcher} sends webhook deliveries:
 * any number of instances may run it, and {@link DueRows} gives each due e-mail to one of them. A failed attempt is retried after {@code factdesk.mail.first-retry}, then
 * twice as long each time; after {@value #MAX_ATTEMPTS} attempts the e-mail is marked FAILED. Once an e-mail is
 * sent or given up, its address is erased.
 */
@ApplicationScoped
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class);

    static final int MAX_ATTEMPTS = 6;
    static final int BATCH = 20;
    static final Duration LEASE = Duration.ofMinutes(2);

    @Inject
    MailConfig config;

    @Inject
    EntityManager em;

    @Inject
    Mailer mailer;

    @Scheduled(every = "${factdesk.mail.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            // The database may be unreachable; the next tick tries again.
            LOG.debugf(e, "e-mails not sent this time");
        }
    }

    /** Sends every e-mail that is due now; returns how many were attempted. */
    public int sendDue() {
        return DueRows.drain(em, "mail_delivery", LEASE, BATCH, this::send);
    }

    private void send(long id) {
        Mail mail = QuarkusTransaction.requiringNew().call(() -> {
            MailDelivery d = MailDelivery.findById(id);
            return d == null || d.status != MailDelivery.Status.PENDING || d.recipient == null ? null
                    : Mail.withText(d.recipient, d.subject, d.body);
        });
        if (mail == null) {
            return;
        }
        String error = null;
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            error = "not accepted by the mail server";
            LOG.infof("e-mail %d not sent: %s", id, e.toString());
        }
        record(id, error);
    }

    private void record(long id, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            MailDelivery d = MailDelivery.findById(id);
            if (d == null) {
                return;
            }
            d.attempts++;
            d.lastError = error;
            if (error == null) {
                d.status = MailDelivery.Status.SENT;
                d.sentAt = Instant.now();
                d.recipient = null;
            } else if (d.attempts >= MAX_ATTEMPTS) {
                d.status = MailDelivery.Status.FAILED;
                d.recipient = null;
            } else {
                d.nextAttemptAt = Instant.now().plus(config.firstRetry().multipliedBy(1L << (d.attempts - 1)));
            }
        });
    }
}
