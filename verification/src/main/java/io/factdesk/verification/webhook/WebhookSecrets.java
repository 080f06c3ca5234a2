package io.factdesk.verification.webhook;

import io.factdesk.core.webhook.Webhook;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * Keeps webhook signing secrets encrypted at rest (AES-256-GCM, a fresh 96-bit nonce per secret), with a key
 * derived from {@code factdesk.webhooks.secret-key}. The key is read at start-up: without one (production sets
 * FACTDESK_WEBHOOK_SECRET_KEY; dev and test have their own) the application refuses to start. Also at start-up,
 * secrets stored in clear by earlier versions are encrypted.
 */
@ApplicationScoped
public class WebhookSecrets {

    static final String ENV = "FACTDESK_WEBHOOK_SECRET_KEY";
    static final int MIN_KEY_LENGTH = 32;
    private static final String FORMAT = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final byte[] CONTEXT = "factdesk webhook secret v1".getBytes(StandardCharsets.UTF_8);
    private static final Logger LOG = Logger.getLogger(WebhookSecrets.class);

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    @Inject
    WebhookSecrets(WebhookConfig config) {
        this(config.secretKey());
    }

    /** @param configured factdesk.webhooks.secret-key: at least 32 characters; the same on every instance */
    public WebhookSecrets(Optional<String> configured) {
        this.key = keyFrom(configured);
    }

    static SecretKeySpec keyFrom(Optional<String> configured) {
        String value = configured.map(String::strip).orElse("");
        if (value.length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException("Set " + ENV + " (factdesk.webhooks.secret-key) to a random value of at "
                    + "least " + MIN_KEY_LENGTH + " characters, the same on every instance: it encrypts webhook "
                    + "signing secrets in the database.");
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(CONTEXT);
            return new SecretKeySpec(sha256.digest(value.getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The secret, encrypted for storage. */
    public String seal(String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, nonce, secret.getBytes(StandardCharsets.UTF_8));
        return FORMAT + Base64.getEncoder().withoutPadding().encodeToString(
                ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    }

    /** The webhook's secret in clear, to sign a delivery. */
    public String open(Webhook webhook) {
        return open(webhook.sealedSecret, webhook.legacySecret);
    }

    /**
     * A secret in clear from its stored forms.
     *
     * @throws IllegalStateException if the sealed form was altered or sealed with another key
     */
    public String open(String sealedSecret, String legacySecret) {
        if (sealedSecret == null) {
            return legacySecret;
        }
        if (!sealedSecret.startsWith(FORMAT)) {
            throw new IllegalStateException("unknown webhook secret format");
        }
        byte[] stored;
        try {
            stored = Base64.getDecoder().decode(sealedSecret.substring(FORMAT.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("unreadable webhook secret", e);
        }
        if (stored.length <= NONCE_BYTES) {
            throw new IllegalStateException("unreadable webhook secret");
        }
        byte[] nonce = java.util.Arrays.copyOf(stored, NONCE_BYTES);
        byte[] sealed = java.util.Arrays.copyOfRange(stored, NONCE_BYTES, stored.length);
        return new String(crypt(Cipher.DECRYPT_MODE, nonce, sealed), StandardCharsets.UTF_8);
    }

    private byte[] crypt(int mode, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(CONTEXT);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // A changed key or an altered row: the secret cannot be trusted, so nothing is signed with it.
            throw new IllegalStateException("webhook secret cannot be decrypted (was the key changed?)", e);
        }
    }

    /**
     * Encrypts secrets that earlier versions stored in clear, in the background: the key is checked at start (this
     * bean is made for the event), but the query would be the first of its kind in the process and delay the first
     * page. Until a row is sealed its deliveries read the secret in clear, as before. Each instance tries; a row is
     * done once.
     */
    void sealLegacySecrets(@Observes StartupEvent start) {
        Thread sealer = new Thread(this::sealLegacySecretsLogged, "factdesk-webhook-secrets");
        sealer.setDaemon(true);
        sealer.start();
    }

    private void sealLegacySecretsLogged() {
        try {
            int sealed = sealLegacySecrets();
            if (sealed > 0) {
                LOG.infof("encrypted %d webhook secret(s) stored in clear by an earlier version", sealed);
            }
        } catch (RuntimeException e) {
            // Deliveries still read a legacy secret; the next start tries again.
            LOG.warnf(e, "webhook secrets stored in clear were not encrypted this time");
        }
    }

    int sealLegacySecrets() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Webhook> legacy = Webhook.list("legacySecret is not null");
            for (Webhook webhook : legacy) {
                webhook.sealedSecret = seal(webhook.legacySecret);
                webhook.legacySecret = null;
            }
            return legacy.size();
        });
    }
}
