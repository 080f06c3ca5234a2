package io.factdesk.verification.webhook;

import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.net.GuardedHttpClient;
import io.factdesk.verification.net.OutboundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Locale;

/**
 * Where a webhook may point, on top of being a valid http(s) URL: https, because deliveries carry a signature and
 * verdict data (plain http only for allow-listed hosts), and not an internal address. What the URL alone shows is
 * checked here, at registration; names are checked again after their lookup at every delivery.
 */
@ApplicationScoped
public class WebhookTargets {

    @Inject
    GuardedHttpClient client;

    public void refuseUnreachable(URI target) {
        if (needsHttps(target)) {
            throw InvalidInput.of("url", "webhook_https");
        }
        try {
            client.policy().checkUrl(target);
        } catch (OutboundException e) {
            throw InvalidInput.of("url", "webhook_public");
        }
    }

    /** Plain http to a host that is not allow-listed: refused at registration and, for older rows, at delivery. */
    public boolean needsHttps(URI target) {
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        return !scheme.equals("https") && !client.policy().isAllowListed(target.getHost());
    }
}
