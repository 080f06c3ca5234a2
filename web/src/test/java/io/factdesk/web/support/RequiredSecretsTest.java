package io.factdesk.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequiredSecretsTest {

    private static final String KEY = "k".repeat(RequiredSecrets.MIN_LENGTH);

    private static Map<String, String> allSet() {
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.rest-csrf.token-signature-key", KEY);
        config.put("factdesk.tips.client-key-salt", KEY);
        config.put("quarkus.oidc.token-state-manager.encryption-secret", KEY);
        config.put("factdesk.webhooks.secret-key", KEY);
        return config;
    }

    private static java.util.List<String> problems(Map<String, String> config) {
        return RequiredSecrets.problems(name -> Optional.ofNullable(config.get(name)));
    }

    @Test
    void startsWhenEverySecretIsSet() {
        assertThat(problems(allSet())).isEmpty();
    }

    @Test
    void eachMissingSecretIsNamedByItsVariable() {
        Map<String, String> variables = Map.of(
                "quarkus.rest-csrf.token-signature-key", "FACTDESK_CSRF_KEY",
                "factdesk.tips.client-key-salt", "FACTDESK_TIPS_CLIENT_KEY_SALT",
                "quarkus.oidc.token-state-manager.encryption-secret", "FACTDESK_SESSION_SECRET",
                "factdesk.webhooks.secret-key", "FACTDESK_WEBHOOK_SECRET_KEY");
        variables.forEach((property, variable) -> {
            Map<String, String> config = allSet();
            config.remove(property);
            assertThat(problems(config)).singleElement().asString().startsWith("set " + variable);
            config.put(property, "   ");
            assertThat(problems(config)).singleElement().asString().startsWith("set " + variable);
            config.put(property, "short");
            assertThat(problems(config)).singleElement().asString().startsWith(variable + " is too short");
        });
    }

    @Test
    void startupFailsNamingEveryVariableToSet() {
        assertThatThrownBy(() -> RequiredSecrets.requireAll(name -> Optional.empty()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FACTDESK_CSRF_KEY")
                .hasMessageContaining("FACTDESK_TIPS_CLIENT_KEY_SALT")
                .hasMessageContaining("FACTDESK_SESSION_SECRET");
        assertThatCode(() -> RequiredSecrets.requireAll(name -> Optional.ofNullable(allSet().get(name))))
                .doesNotThrowAnyException();
    }
}
