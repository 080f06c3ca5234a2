package io.factdesk.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Problem details for what happens on {@code /api/} before or after the REST layer: a body over the size limit
 * (413), a token that fails authentication (401) or authorization at the HTTP layer (403), and addresses no
 * resource serves (404).
 */
@ApplicationScoped
public class ApiRoutes {

    /** Largest request body accepted (the same limit Quarkus applies to every request). */
    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE).handler(this::limitBody);
        router.route("/api/*").order(Integer.MAX_VALUE - 10).handler(ctx -> send(ctx,
                Problem.of(ProblemType.NOT_FOUND, ProblemTitles.detail("nothing-here", "There is nothing at this address."), ctx.request().path())));
        router.route("/api/*").order(Integer.MIN_VALUE).failureHandler(this::failure);
    }

    private void limitBody(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > maxBodySize.asLongValue()) {
                    ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                    send(ctx, Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                            "The body may be at most " + maxBodySize.asLongValue() + " bytes.", ctx.request().path()));
                    return;
                }
            } catch (NumberFormatException malformed) {
                send(ctx, Problem.of(ProblemType.MALFORMED, ProblemTitles.detail("content-length", "The Content-Length header is not a number."),
                        ctx.request().path()));
                return;
            }
        }
        ctx.next();
    }

    private void failure(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (ctx.response().headWritten() || failure instanceof AuthenticationRedirectException) {
            ctx.next();
            return;
        }
        String path = ctx.request().path();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException
                || failure instanceof AuthenticationCompletionException) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            send(ctx, Problem.of(ProblemType.UNAUTHENTICATED, ProblemTitles.detail("bearer-token", "Send a valid bearer token."), path));
        } else if (failure instanceof ForbiddenException) {
            send(ctx, Problem.of(ProblemType.FORBIDDEN, ProblemTitles.detail("not-allowed", "Your roles or organisation do not allow this operation."), path));
        } else if (ctx.statusCode() == 413) {
            send(ctx, Problem.of(ProblemType.PAYLOAD_TOO_LARGE, ProblemTitles.detail("server-body-too-large", "The body is larger than this server accepts."), path));
        } else if (ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
            ProblemType type = ProblemType.forStatus(ctx.statusCode());
            send(ctx, new Problem(type.uri(), type.title(), ctx.statusCode(), type.title() + ".", path, null, null));
        } else {
            ctx.next();
        }
    }

    /** Answers an /api/ address nothing serves with a not-found problem (for router-level 404 handlers). */
    public static void notFound(RoutingContext ctx) {
        send(ctx, Problem.of(ProblemType.NOT_FOUND, ProblemTitles.detail("nothing-here", "There is nothing at this address."), ctx.request().path()));
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static void send(RoutingContext ctx, Problem problem) {
        try {
            ctx.response().setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(JSON.writeValueAsString(problem));
        } catch (JsonProcessingException impossible) {
            ctx.response().setStatusCode(problem.status()).end();
        }
    }
}
