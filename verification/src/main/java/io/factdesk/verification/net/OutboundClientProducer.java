package io.factdesk.verification.net;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/** The application's one {@link GuardedHttpClient}, configured from {@code factdesk.outbound.*}. */
@ApplicationScoped
public class OutboundClientProducer {

    @Produces
    @Singleton
    GuardedHttpClient client(OutboundConfig config) {
        return new GuardedHttpClient(new OutboundPolicy(config.allowedHosts().orElse(List.of())),
                HostResolver.SYSTEM, config.connectTimeout());
    }

    void close(@Disposes GuardedHttpClient client) {
        client.close();
    }
}
