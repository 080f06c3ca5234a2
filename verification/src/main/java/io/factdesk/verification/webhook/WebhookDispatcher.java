package io.factdesk.verification.webhook;

import io.factdesk.core.webhook.WebhookDelivery;
import io.factdesk.verification.common.DueRows;
import io.factdesk.verification.net.GuardedHttpClient;
import io.factdesk.verification.net.OutboundException;
import io.factdesk.verification.net.OutboundRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * Sends pending webhook deliveries. Any number of instances may run this: each claims a batch of due deliveries
 * with {@code FOR UPDATE SKIP LOCKED} and moves their next attempt past a lease before sending, so a delivery
 * is sent by one instance at a time; if that instance dies mid-send the lease lapses and another one retries
 * (receivers may see a delivery twice and can tell by its id). A failed attempt (no answer, a status other
 * than 2xx, a refusal by the {@link GuardedHttpClient}, a secret that cannot be decrypted) is retried after
 * {@code factdesk.webhooks.first-retry} (30 s), then 1, 2, 4 and 8 minutes; after {@value #MAX_ATTEMPTS} attempts
 * the delivery is marked FAILED.
 * <p>
 * Deliveries go out through the guarded client only, never following redirects; the delivery log shows a
 * broad reason for a failure ("refused: address not allowed", "failed: no answer in time"), never the details.
 * Each POST carries the JSON body, {@code X-Factdesk-Event}, {@code X-Factdesk-Delivery} (the delivery id) and
 * {@code X-Factdesk-Signature: sha256=<hex HMAC-SHA256 of the body with the webhook's secret>}.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    static final int MAX_ATTEMPTS = 6;
    static final int BATCH = 10;
    /** How long a claimed delivery is left to the instance sending it. */
    static final Duration LEASE = Duration.ofMinutes(2);

    @Inject
    WebhookConfig config;

    @Inject
    EntityManager em;

    @Inject
    GuardedHttpClient client;

    @Inject
    WebhookTargets targets;

    @Inject
    WebhookSecrets secrets;

    @Scheduled(every = "${factdesk.webhooks.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            // The database may be unreachable; the next tick tries again.
            LOG.debugf(e, "webhook deliveries not sent this time");
        }
    }

    /** Sends every delivery that is due now; returns how many were attempted. */
    public int deliverDue() {
        return DueRows.drain(em, "webhook_delivery", LEASE, BATCH, this::send);
    }

    private void send(long id) {
        record Target(String url, String sealedSecret, String legacySecret, String event, String payload) {
        }
        Target target = QuarkusTransaction.requiringNew().call(() -> {
            WebhookDelivery d = WebhookDelivery.findById(id);
            return d == null || d.status != WebhookDelivery.Status.PENDING ? null
                    : new Target(d.webhook.url, d.webhook.sealedSecret, d.webhook.legacySecret, d.event, d.payload);
        });
        if (target == null) {
            return;
        }
        Integer status = null;
        String error = null;
        String secret;
        try {
            secret = secrets.open(target.sealedSecret(), target.legacySecret());
        } catch (IllegalStateException e) {
            LOG.warnf(e, "webhook delivery %d not signed", id);
            record(id, null, "failed: signing secret unreadable, rotate it");
            return;
        }
        try {
            URI uri = URI.create(target.url());
            if (targets.needsHttps(uri)) {
                record(id, null, "refused: https required");
                return;
            }
            OutboundRequest request = OutboundRequest.post(uri,
                            target.payload().getBytes(StandardCharsets.UTF_8), "application/json", config.timeout())
                    .withHeader("User-Agent", "Factdesk-Webhooks/1")
                    .withHeader("X-Factdesk-Event", target.event())
                    .withHeader("X-Factdesk-Delivery", Long.toString(id))
                    .withHeader("X-Factdesk-Signature", "sha256=" + sign(secret, target.payload()));
            status = client.send(request).status();
        } catch (OutboundException e) {
            // Admins see only the broad reason; the details (which may describe the internal network) stay here.
            error = e.getMessage();
            LOG.infof("webhook delivery %d not delivered: %s (%s)", id, e.getMessage(), String.valueOf(e.getCause()));
        } catch (IllegalArgumentException e) {
            error = "refused: not an http(s) address with a host name";
        }
        record(id, status, error);
    }

    private void record(long id, Integer status, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookDelivery d = WebhookDelivery.findById(id);
            if (d == null) {
                return; // the webhook was deleted meanwhile
            }
            d.attempts++;
            d.lastStatus = status;
            d.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
            if (status != null && status >= 200 && status < 300) {
                d.status = WebhookDelivery.Status.DELIVERED;
                d.deliveredAt = Instant.now();
            } else if (d.attempts >= MAX_ATTEMPTS) {
                d.status = WebhookDelivery.Status.FAILED;
            } else {
                d.nextAttemptAt = Instant.now().plus(config.firstRetry().multipliedBy(1L << (d.attempts - 1)));
            }
        });
    }

    /** Hex HMAC-SHA256 of the body with the webhook's secret. */
    public static String sign(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
