package io.factdesk.api.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.factdesk.api.problem.Problem.Violation;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.resteasy.reactive.server.runtime.exceptionmappers.AuthenticationFailedExceptionMapper;
import io.quarkus.resteasy.reactive.server.runtime.exceptionmappers.UnauthorizedExceptionMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns the failures of the REST layer, the body, security and the unexpected into RFC 9457 problem details on the
 * API channel (refusals of the services: {@link RefusalProblems}). On pages the same failures get their bare status
 * (the pages' error filter renders HTML), unrouted requests the pages' own answer, and security failures Quarkus's
 * own challenge.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    Instance<PageAnswers> pages;

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response lostRace(RuntimeException e, HttpServerRequest request) {
        return api(request) ? Problem.of(ProblemType.STALE_VERSION,
                ProblemTitles.detail("lost-race", "Someone else changed this in the meantime; reload and try again."), request.path()).toResponse() : bare(409);
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, HttpServerRequest request) {
        if (!api(request)) {
            return bare(400);
        }
        List<Violation> list = e.getConstraintViolations().stream()
                .map(v -> new Violation(ViolationPaths.field(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .collect(Collectors.toCollection(ArrayList::new));
        return validation(ProblemTitles.detail("invalid-fields", "The request has invalid fields."), request, list);
    }

    /** Listed one by one: Quarkus's own mappers for the specific Jackson types would otherwise win. */
    @ServerExceptionMapper(value = {JsonProcessingException.class, JsonParseException.class,
            com.fasterxml.jackson.core.exc.StreamReadException.class, JsonMappingException.class,
            com.fasterxml.jackson.databind.DatabindException.class,
            com.fasterxml.jackson.databind.exc.MismatchedInputException.class, InvalidFormatException.class,
            com.fasterxml.jackson.databind.exc.ValueInstantiationException.class,
            com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException.class,
            com.fasterxml.jackson.databind.exc.InvalidTypeIdException.class}, priority = 1)
    public Response unreadable(JsonProcessingException e, HttpServerRequest request) {
        if (!api(request)) {
            return bare(400);
        }
        String field = e instanceof JsonMappingException mapping ? ViolationPaths.jsonPath(mapping) : "";
        if (syntaxError(e) || field.isEmpty() && !(e instanceof InvalidFormatException)) {
            return Problem.of(ProblemType.MALFORMED, ProblemTitles.detail("malformed-json", "The body is not well-formed JSON of the expected shape."),
                    request.path()).toResponse();
        }
        String message = e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()
                        ? "must be one of " + java.util.Arrays.toString(format.getTargetType().getEnumConstants())
                        : "has the wrong type or format";
        return validation(ProblemTitles.detail("body-shape", "The body does not match the expected shape."), request,
                List.of(new Violation(field.isEmpty() ? "body" : field, message)));
    }

    private static boolean syntaxError(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException || cause instanceof com.fasterxml.jackson.core.io.JsonEOFException
                    || cause.getMessage() != null && cause.getMessage().contains("end-of-input")) {
                return true;
            }
        }
        return false;
    }

    @ServerExceptionMapper
    public Uni<Response> unauthorized(UnauthorizedException e, RoutingContext context) {
        // Pages keep Quarkus's own challenge (the login redirect of the code flow).
        return api(context.request()) ? Uni.createFrom().item(unauthorized(context.request().path()))
                : new UnauthorizedExceptionMapper().handle(context);
    }

    @ServerExceptionMapper
    public Uni<Response> authenticationFailed(AuthenticationFailedException e, RoutingContext context) {
        return api(context.request()) ? Uni.createFrom().item(unauthorized(context.request().path()))
                : new AuthenticationFailedExceptionMapper().handle(context, e);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return api(request) ? Problem.of(ProblemType.FORBIDDEN,
                ProblemTitles.detail("not-allowed", "Your roles or organisation do not allow this operation."), request.path()).toResponse() : bare(403);
    }

    /** No resource or no method matched: on pages the pages' own answer (a page, or the form's page for a GET). */
    @ServerExceptionMapper({NotFoundException.class, NotAllowedException.class})
    public Response unrouted(WebApplicationException e, HttpServerRequest request) {
        if (Channel.of(request.path()) == Channel.PAGE && pages.isResolvable()) {
            return pages.get().unrouted(e, request.path(), request.method().name());
        }
        return web(e, request);
    }

    @ServerExceptionMapper(priority = 1)
    public Response web(WebApplicationException e, HttpServerRequest request) {
        if (!api(request)) {
            return e.getResponse();
        }
        int status = e.getResponse().getStatus();
        // A bare 400 from the REST layer means the body could not be read (Quarkus wraps Jackson's parse errors).
        ProblemType type = status == 400 ? ProblemType.MALFORMED : ProblemType.forStatus(status);
        if (status >= 500) {
            return internal(e, request);
        }
        String detail = switch (status) {
            case 404 -> ProblemTitles.detail("nothing-here", "There is nothing at this address.");
            case 405 -> "This address does not support " + request.method() + ".";
            case 406 -> ProblemTitles.detail("json-only", "This operation answers with application/json only.");
            case 415 -> ProblemTitles.detail("send-json", "Send the body as application/json (or the media type this operation documents).");
            case 413 -> ProblemTitles.detail("body-too-large", "The body is larger than this operation accepts.");
            case 400 -> ProblemTitles.detail("malformed-json", "The body is not well-formed JSON of the expected shape.");
            default -> type.title() + ".";
        };
        Response.ResponseBuilder builder = new Problem(type.uri(), type.title(), status, detail, request.path(), null,
                null).response();
        if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            builder.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return builder.build();
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response internal(Throwable e, HttpServerRequest request) {
        if (!api(request)) {
            LOG.errorf(e, "Unexpected failure of %s %s", request.method(), request.path());
            return bare(500);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return lostRace((RuntimeException) cause, request);
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure of %s %s (incident %s)", request.method(), request.path(), incident);
        String note = ProblemTitles.detail("internal-error", "Please try again later; quote incident {0} if it persists.");
        return Problem.of(ProblemType.INTERNAL, note.replace("{0}", incident), request.path()).toResponse();
    }

    static Response unauthorized(String path) {
        return Problem.of(ProblemType.UNAUTHENTICATED, ProblemTitles.detail("bearer-token", "Send a valid bearer token."), path).response()
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** Outside /api/ a status without a body: the pages' error filter dresses it as an HTML page. */
    private static Response bare(int status) {
        return Response.status(status).build();
    }

    static boolean api(HttpServerRequest request) {
        return Channel.of(request.path()) == Channel.API;
    }

    private static Response validation(String detail, HttpServerRequest request, List<Violation> violations) {
        return Problem.of(ProblemType.VALIDATION, detail, request.path()).withViolations(violations).toResponse();
    }
}
