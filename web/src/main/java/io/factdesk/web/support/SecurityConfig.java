package io.factdesk.web.support;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Start-up checks and response headers that protect the site: {@code factdesk.security.*}. */
@ConfigMapping(prefix = "factdesk.security")
public interface SecurityConfig {

    /** Whether start-up checks the secrets; off in dev and test, which use built-in development values. */
    @WithDefault("true")
    boolean requireSecrets();

    /**
     * How long browsers keep to HTTPS once they have seen the site over it (Strict-Transport-Security); only
     * sent on answers that went out over TLS, directly or through a trusted proxy that says so.
     */
    @WithDefault("P365D")
    Duration hstsMaxAge();
}
