package io.factdesk.verification.net;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Requests the application sends to other servers (article downloads, webhooks): {@code factdesk.outbound.*}. */
@ConfigMapping(prefix = "factdesk.outbound")
public interface OutboundConfig {

    /**
     * Host names (or IP literals) that outbound requests may reach even though they resolve to internal addresses,
     * and that webhooks may reach over plain http. Exact names as written in URLs, comma-separated; empty (the
     * default) allows public addresses only. Environment: FACTDESK_OUTBOUND_ALLOWED_HOSTS.
     */
    Optional<List<String>> allowedHosts();

    /** How long to wait for a TCP connection to any outbound address. */
    @WithDefault("5S")
    Duration connectTimeout();
}
