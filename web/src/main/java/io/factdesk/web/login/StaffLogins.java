package io.factdesk.web.login;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.verification.notification.StaffDirectory;
import io.quarkus.oidc.SecurityEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Remembers each staff login: the address notification e-mails go to (the ID token's {@code email} claim), the
 * roles the token carried and the organisation. Observed asynchronously, off the login request's I/O thread.
 */
@ApplicationScoped
public class StaffLogins {

    private static final Logger LOG = Logger.getLogger(StaffLogins.class);

    @Inject
    StaffDirectory directory;

    void onLogin(@ObservesAsync SecurityEvent event) {
        if (event.getEventType() != SecurityEvent.Type.OIDC_LOGIN || event.getSecurityIdentity() == null
                || !(event.getSecurityIdentity().getPrincipal() instanceof JsonWebToken token)) {
            return;
        }
        try {
            directory.recordLogin(token.getName(), claim(token, CurrentActor.ORGANISATION_CLAIM),
                    event.getSecurityIdentity().getRoles(), claim(token, "email"));
        } catch (RuntimeException e) {
            // The login itself succeeded; the profile is brought up to date at the next one.
            LOG.warnf("login of %s not recorded: %s", token.getName(), e.getMessage());
        }
    }

    private static String claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        return value == null ? null : value.toString().replace("\"", "");
    }
}
