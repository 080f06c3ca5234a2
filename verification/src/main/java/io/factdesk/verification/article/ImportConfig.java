package io.factdesk.verification.article;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Downloading an article to import: {@code factdesk.import.*}. */
@ConfigMapping(prefix = "factdesk.import")
public interface ImportConfig {

    /** How long the whole download of an article may take (connecting: factdesk.outbound.connect-timeout). */
    @WithDefault("15s")
    Duration readTimeout();

    /** Largest article page accepted, in bytes. */
    @WithDefault("5000000")
    long maxBytes();
}
