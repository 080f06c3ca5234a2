package io.factdesk.web.support;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The headers every answer of the main port carries: pages, static files, error pages, redirects of the login
 * and pages the served-page cache answers from memory. A route filter, not a JAX-RS filter, because half of those
 * never reach the REST layer; the headers are added as the answer is written, so no handler can forget them.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** Before the served-page cache, so pages answered from memory get the headers too. */
    public static final int PRIORITY = FilterOrder.SECURITY_HEADERS;

    @Inject
    SecurityConfig config;

    private String policy;

    void install(@Observes Filters filters) {
        policy = ContentSecurityPolicy.allowingFormsTo(providerOrigin());
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> apply(context));
        context.next();
    }

    private void apply(RoutingContext context) {
        MultiMap headers = context.response().headers();
        String path = context.normalizedPath();
        if (!DevTools.serves(path)) {
            headers.set("Content-Security-Policy", policy);
        }
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
        if ("https".equals(context.request().scheme())) {
            headers.set("Strict-Transport-Security", "max-age=" + config.hstsMaxAge().toSeconds());
        }
        if (personal(context, path)) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    /** Staff pages and anything asked for with credentials are nobody else's: never kept by any cache. */
    static boolean personal(RoutingContext context, String path) {
        return path != null && (path.equals("/desk") || path.startsWith("/desk/") || path.equals("/logout"))
                || context.request().getHeader(HttpHeaders.AUTHORIZATION) != null;
    }

    /**
     * The identity provider's origin: logging out posts a form whose answer redirects there, and browsers check
     * form-action on every hop of that redirect.
     */
    private static Optional<String> providerOrigin() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.oidc.auth-server-url", String.class)
                .map(URI::create)
                .filter(uri -> uri.getScheme() != null && uri.getHost() != null)
                .map(uri -> uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
    }

    /** The development tools Quarkus serves only in dev mode, whose pages need inline script. */
    static final class DevTools {
        private DevTools() {
        }

        static boolean serves(String path) {
            return path != null && (path.startsWith("/q/dev-ui") || path.startsWith("/q/swagger-ui"));
        }
    }
}
