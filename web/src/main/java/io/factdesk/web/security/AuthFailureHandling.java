package io.factdesk.web.security;

import io.quarkus.vertx.http.runtime.security.HttpSecurityRecorder.DefaultAuthFailureHandler;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.function.BiConsumer;

/**
 * Hands a failed authentication to Quarkus REST's exception handling as Quarkus REST's own filter would, without that
 * filter's per-request cost. With metrics on, the filter (priority 199, just after authentication) works out each
 * request's URI template for the metrics before it swaps the authentication-failure handler, in case authentication
 * fails, and to do so builds a new path mapper over every resource class on every request (Quarkus 3.30,
 * {@code ObservabilityIntegrationRecorder.setTemplatePath}): about a tenth of the app's CPU per stored verdict page.
 * It does both only when it finds Quarkus's default handler; this filter runs just before it and puts in the
 * handler Quarkus REST would ({@link #FAIL}). A request that reaches a resource gets its template when Quarkus REST
 * matches it, as before; the early template did not reach the metrics of a failed authentication anyway (those are
 * counted under {@code UNKNOWN}: {@code suppress4xx-errors} in application.properties).
 */
@ApplicationScoped
public class AuthFailureHandling {

    /** The route order of Quarkus REST's filter (its priority 199, negated): routes of one order run as added. */
    static final int ORDER = -199;

    /**
     * What Quarkus REST's {@code FailingDefaultAuthFailureHandler} does: fail the request with the root cause, so
     * that the exception mappers and failure handlers answer instead of the default handler's bare status.
     */
    static final BiConsumer<RoutingContext, Throwable> FAIL = (context, failure) -> {
        DefaultAuthFailureHandler.markIfOtherAuthenticationFailure(context, failure);
        if (!context.failed()) {
            context.fail(DefaultAuthFailureHandler.extractRootCause(failure));
        }
    };

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            if (context.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER) instanceof DefaultAuthFailureHandler) {
                context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, FAIL);
            }
            context.next();
        });
    }
}
