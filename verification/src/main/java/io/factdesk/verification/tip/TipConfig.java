package io.factdesk.verification.tip;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Tips from readers: {@code factdesk.tips.*}. */
@ConfigMapping(prefix = "factdesk.tips")
public interface TipConfig {

    /** How many tips one client may send, and within what time. */
    RateLimit rateLimit();

    /**
     * Salt for hashing client addresses (environment: FACTDESK_TIPS_CLIENT_KEY_SALT); production refuses to start
     * with the development default.
     */
    @WithDefault("factdesk-dev-salt")
    String clientKeySalt();

    /** {@code factdesk.tips.rate-limit.*}. */
    interface RateLimit {

        /** Tips one client may send within {@link #window()}. */
        @WithDefault("5")
        int max();

        /** The sliding window of the limit (ISO-8601 duration). */
        @WithDefault("PT10M")
        Duration window();
    }
}
