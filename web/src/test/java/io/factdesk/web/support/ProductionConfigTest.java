package io.factdesk.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** What application.properties gives the production profile: secure cookies, secrets required, metrics hidden. */
class ProductionConfigTest {

    private static SmallRyeConfig profile(String profile) throws IOException {
        URL properties = ProductionConfigTest.class.getResource("/application.properties");
        return new SmallRyeConfigBuilder().withProfile(profile).addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(properties, 250)).build();
    }

    @Test
    void productionCookiesAreSecureEvenBehindATlsProxy() throws IOException {
        SmallRyeConfig prod = profile("prod");
        assertThat(prod.getValue("quarkus.oidc.authentication.cookie-force-secure", Boolean.class)).isTrue();
        assertThat(prod.getValue("quarkus.oidc.authentication.cookie-same-site", String.class)).isEqualTo("lax");
        assertThat(prod.getValue("quarkus.rest-csrf.cookie-force-secure", Boolean.class)).isTrue();
        assertThat(prod.getValue("quarkus.rest-csrf.cookie-http-only", Boolean.class)).isTrue();
        assertThat(prod.getValue("quarkus.http.same-site-cookie.factdesk-csrf.value", String.class))
                .isEqualTo("Lax");
    }

    @Test
    void productionHasNoBuiltInSecretsAndRequiresThem() throws IOException {
        SmallRyeConfig prod = profile("prod");
        assertThat(prod.getValue("factdesk.security.require-secrets", Boolean.class)).isTrue();
        for (RequiredSecrets.Secret secret : RequiredSecrets.SECRETS) {
            assertThat(prod.getOptionalValue(secret.property(), String.class)).as(secret.property()).isEmpty();
        }
    }

    @Test
    void developmentAndTestsKeepWorkingDefaults() throws IOException {
        for (String profile : new String[] {"dev", "test"}) {
            SmallRyeConfig config = profile(profile);
            assertThat(config.getValue("factdesk.security.require-secrets", Boolean.class)).isFalse();
            assertThat(config.getOptionalValue("quarkus.rest-csrf.token-signature-key", String.class)).isPresent();
            assertThat(config.getOptionalValue("factdesk.tips.client-key-salt", String.class)).isPresent();
        }
    }

    @Test
    void metricsAndHealthAreOnTheManagementPort() throws IOException {
        SmallRyeConfig prod = profile("prod");
        assertThat(prod.getValue("quarkus.management.enabled", Boolean.class)).isTrue();
        assertThat(prod.getValue("quarkus.smallrye-openapi.management.enabled", Boolean.class)).isFalse();
    }
}
