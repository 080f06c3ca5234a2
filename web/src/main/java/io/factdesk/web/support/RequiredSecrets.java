package io.factdesk.web.support;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Production refuses to start without its secrets. Without them every installation of Factdesk would sign CSRF
 * tokens, hash tip senders' addresses and encrypt sessions with keys anyone can read in the source code.
 */
@ApplicationScoped
public class RequiredSecrets {

    /** A secret: the setting that holds it, the environment variable operators set, and what it protects. */
    record Secret(String property, String variable, String purpose) {
    }

    static final int MIN_LENGTH = 32;

    static final List<Secret> SECRETS = List.of(
            new Secret("quarkus.rest-csrf.token-signature-key", "FACTDESK_CSRF_KEY", "signs the CSRF tokens of forms"),
            new Secret("factdesk.tips.client-key-salt", "FACTDESK_TIPS_CLIENT_KEY_SALT",
                    "salts the hashes of tip senders' addresses"),
            new Secret("quarkus.oidc.token-state-manager.encryption-secret", "FACTDESK_SESSION_SECRET",
                    "encrypts staff session cookies, the same on every instance"),
            new Secret("factdesk.webhooks.secret-key", "FACTDESK_WEBHOOK_SECRET_KEY",
                    "encrypts webhook signing secrets in the database, the same on every instance"));

    /** Runs before every other start-up observer, so one message names every secret still to set. */
    void check(@Observes @Priority(1) StartupEvent started, SecurityConfig config) {
        if (config.requireSecrets()) {
            requireAll(name -> ConfigProvider.getConfig().getOptionalValue(name, String.class));
        }
    }

    /** Throws, naming every environment variable still to set, unless all secrets are there. */
    static void requireAll(Function<String, Optional<String>> config) {
        List<String> problems = problems(config);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Factdesk cannot start without its secrets: "
                    + String.join("; ", problems));
        }
    }

    /** One sentence per secret that is missing or too short, naming the environment variable to set. */
    static List<String> problems(Function<String, Optional<String>> config) {
        List<String> problems = new ArrayList<>();
        for (Secret secret : SECRETS) {
            int length = config.apply(secret.property()).map(String::strip).map(String::length).orElse(0);
            if (length == 0) {
                problems.add("set " + secret.variable() + " (at least " + MIN_LENGTH + " random characters; it "
                        + secret.purpose() + ")");
            } else if (length < MIN_LENGTH) {
                problems.add(secret.variable() + " is too short: use at least " + MIN_LENGTH + " random characters");
            }
        }
        return problems;
    }
}
