package io.factdesk.verification.net;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The application's one {@link GuardedHttpClient}, configured from {@code factdesk.outbound.*}. */
@ApplicationScoped
public class OutboundClientProducer {

    /**
     * factdesk.outbound.allowed-hosts: host names (or IP literals) that outbound requests may reach even though
     * they resolve to internal addresses, and that webhooks may reach over plain http. Exact names as written in
     * URLs, comma-separated; empty (the default) allows public addresses only.
     */
    @ConfigProperty(name = "factdesk.outbound.allowed-hosts")
    Optional<List<String>> allowedHosts;

    /** factdesk.outbound.connect-timeout: how long to wait for a TCP connection to any outbound address. */
    @ConfigProperty(name = "factdesk.outbound.connect-timeout", defaultValue = "5S")
    Duration connectTimeout;

    @Produces
    @Singleton
    GuardedHttpClient client() {
        return new GuardedHttpClient(new OutboundPolicy(allowedHosts.orElse(List.of())), HostResolver.SYSTEM,
                connectTimeout);
    }

    void close(@Disposes GuardedHttpClient client) {
        client.close();
    }
}
