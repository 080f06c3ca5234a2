package io.factdesk.verification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factdesk.core.webhook.Webhook;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookSecretsTest {

    private final WebhookSecrets secrets = new WebhookSecrets(Optional.of("a-test-key-of-at-least-thirty-two-characters"));

    private static Webhook sealedWith(String sealed) {
        Webhook webhook = new Webhook();
        webhook.sealedSecret = sealed;
        return webhook;
    }

    @Test
    void refusesToStartWithoutAKeyAndSaysWhichVariableToSet() {
        for (Optional<String> key : java.util.List.of(Optional.<String>empty(), Optional.of(""),
                Optional.of("too-short-0123456789"))) {
            assertThatThrownBy(() -> new WebhookSecrets(key)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("FACTDESK_WEBHOOK_SECRET_KEY").hasMessageContaining("32 characters");
        }
    }

    @Test
    void sealsASecretSoThatOnlyTheKeyOpensIt() {
        String secret = "Zm9vYmFyLXNpZ25pbmctc2VjcmV0LTAxMjM0NTY3ODk";

        String sealed = secrets.seal(secret);

        assertThat(sealed).startsWith("v1:").doesNotContain(secret).hasSizeLessThanOrEqualTo(200);
        assertThat(secrets.seal(secret)).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(secrets.open(sealedWith(sealed))).isEqualTo(secret);
        WebhookSecrets otherKey = new WebhookSecrets(Optional.of("another-key-of-at-least-thirty-two-chars"));
        assertThatThrownBy(() -> otherKey.open(sealedWith(sealed))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesASealedSecretThatWasAltered() {
        String sealed = secrets.seal("signing-secret-0123456789-abcdefghijklmnop");
        char middle = sealed.charAt(30);
        String altered = sealed.substring(0, 30) + (middle == 'A' ? 'B' : 'A') + sealed.substring(31);

        assertThatThrownBy(() -> secrets.open(sealedWith(altered))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> secrets.open(sealedWith("v1:not base64!"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> secrets.open(sealedWith("plain"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void readsASecretStoredInClearByAnEarlierVersion() {
        Webhook legacy = new Webhook();
        legacy.legacySecret = "stored-in-clear";

        assertThat(secrets.open(legacy)).isEqualTo("stored-in-clear");
    }
}
