package io.factdesk.verification.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The e-mail outbox: {@code factdesk.mail.*}. */
@ConfigMapping(prefix = "factdesk.mail")
public interface MailConfig {

    /** How often due e-mails are sent (the scheduler reads the key itself); 10s, 1s in tests. */
    Duration interval();

    /** Wait before the first retry of a failed e-mail; each further retry waits twice as long. */
    @WithDefault("1M")
    Duration firstRetry();
}
