package io.factdesk.verification.net;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.util.List;

/**
 * The application's one {@link GuardedHttpClient}, configured from {@code factdesk.outbound.*}. Application-scoped,
 * so it is built (its connection pool, its TLS context) when a request first goes out, not when the first webhook
 * tick after a start finds nothing to deliver: that would share the cores with the instance's first pages.
 */
@ApplicationScoped
public class OutboundClientProducer {

    @Produces
    @ApplicationScoped
    GuardedHttpClient client(OutboundConfig config) {
        return new GuardedHttpClient(new OutboundPolicy(config.allowedHosts().orElse(List.of())),
                HostResolver.SYSTEM, config.connectTimeout());
    }

    void close(@Disposes GuardedHttpClient client) {
        client.close();
    }
}
