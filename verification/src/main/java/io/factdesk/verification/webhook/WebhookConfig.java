package io.factdesk.verification.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Outgoing webhooks: {@code factdesk.webhooks.*}. */
@ConfigMapping(prefix = "factdesk.webhooks")
public interface WebhookConfig {

    /** How often due deliveries are sent (the scheduler reads the key itself); 10s, 1s in tests. */
    Duration interval();

    /** How long one delivery may take, connection and answer together. */
    @WithDefault("5S")
    Duration timeout();

    /** Wait before the first retry of a failed delivery; each further retry waits twice as long. */
    @WithDefault("30S")
    Duration firstRetry();

    /** Webhooks one organisation may register. */
    @WithDefault("10")
    int perOrganisation();

    /**
     * Key that encrypts the webhooks' signing secrets in the database (environment: FACTDESK_WEBHOOK_SECRET_KEY):
     * at least 32 characters, the same on every instance. The app refuses to start without it.
     */
    Optional<String> secretKey();
}
