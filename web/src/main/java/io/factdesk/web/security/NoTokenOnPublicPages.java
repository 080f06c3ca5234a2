package io.factdesk.web.security;

import io.factdesk.web.support.PublicPaths;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Public pages carry no form, so they get no CSRF cookie: answers stay the same for every reader (cacheable by
 * shared caches) and cost no token signature. The CSRF filter makes a token for every page read without a cookie
 * and, in its response filter, signs it and sets the cookie; this filter runs just before that one (response filters
 * run from the highest priority down) and takes the unused token away, so neither happens, for GET and HEAD
 * alike (a HEAD used to get the cookie). A crawler reading old verdicts paid the signature on every page.
 */
public class NoTokenOnPublicPages {

    /**
     * Where the CSRF filter keeps the token it made for this request, as text and as bytes (Quarkus REST CSRF 3.30;
     * {@code ServedPagesTest} fails if a new version keeps it elsewhere: the cookie would be set again).
     */
    static final List<String> TOKEN_KEYS = List.of("csrf_token", "csrf_token_bytes");

    @ServerResponseFilter(priority = Priorities.USER + 1)
    public void dropToken(ContainerRequestContext request, RoutingContext routing) {
        String method = request.getMethod();
        if ((HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                && PublicPaths.isPublic(routing.normalizedPath())) {
            TOKEN_KEYS.forEach(routing::remove);
        }
    }
}
