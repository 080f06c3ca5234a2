package io.factdesk.api.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.factdesk.api.problem.Problem.Violation;
import io.factdesk.verification.common.Conflict;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.common.NotPermitted;
import io.factdesk.verification.common.StaleVersion;
import io.factdesk.verification.matching.MatchRefused;
import io.factdesk.verification.tip.TipRateLimited;
import io.factdesk.verification.workflow.ClaimNotFound;
import io.factdesk.verification.workflow.TransitionRefused;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.resteasy.reactive.server.runtime.exceptionmappers.AuthenticationFailedExceptionMapper;
import io.quarkus.resteasy.reactive.server.runtime.exceptionmappers.UnauthorizedExceptionMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
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
 * Turns every failure of an API call into RFC 9457 problem details. Outside {@code /api/} the same failures get
 * their bare status (the pages' error filter renders HTML) and security failures Quarkus's own challenge.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response notFound(NotFound e, HttpServerRequest request) {
        return api(request) ? Problem.of(ProblemType.NOT_FOUND, e.getMessage(), request.path()).toResponse() : bare(404);
    }

    @ServerExceptionMapper
    public Response claimNotFound(ClaimNotFound e, HttpServerRequest request) {
        return api(request) ? Problem.of(ProblemType.NOT_FOUND, e.getMessage(), request.path()).toResponse() : bare(404);
    }

    @ServerExceptionMapper
    public Response invalid(InvalidInput e, HttpServerRequest request) {
        return api(request) ? validation("The request has invalid fields.", request,
                List.of(new Violation(e.field(), e.getMessage()))) : bare(400);
    }

    @ServerExceptionMapper
    public Response conflict(Conflict e, HttpServerRequest request) {
        return api(request) ? Problem.of(ProblemType.CONFLICT, e.getMessage(), request.path())
                .withCode(e.code(), ProblemType.CONFLICT).toResponse() : bare(409);
    }

    @ServerExceptionMapper
    public Response stale(StaleVersion e, HttpServerRequest request) {
        return api(request) ? Problem.of(ProblemType.STALE_VERSION, e.getMessage(), request.path()).response()
                .tag(Etags.of(e.currentVersion())).build() : bare(412);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response lostRace(RuntimeException e, HttpServerRequest request) {
        return api(request) ? Problem.of(ProblemType.STALE_VERSION,
                "Someone else changed this in the meantime; reload and try again.", request.path()).toResponse() : bare(409);
    }

    @ServerExceptionMapper
    public Response notPermitted(NotPermitted e, HttpServerRequest request) {
        return api(request) ? Problem.of(ProblemType.FORBIDDEN, e.getMessage(), request.path()).toResponse() : bare(403);
    }

    @ServerExceptionMapper
    public Response refused(TransitionRefused e, HttpServerRequest request) {
        if (!api(request)) {
            return bare(409);
        }
        String code = e.reason().code();
        ProblemType type = switch (code) {
            case "stale-version" -> ProblemType.STALE_VERSION;
            case "not-found", "wrong-organisation" -> ProblemType.NOT_FOUND;
            case "wrong-role" -> ProblemType.FORBIDDEN;
            default -> ProblemType.TRANSITION_REFUSED;
        };
        Problem problem = Problem.of(type, e.getMessage(), request.path());
        return (type == ProblemType.TRANSITION_REFUSED || type == ProblemType.FORBIDDEN
                ? problem.withCode(code, ProblemType.TRANSITION_REFUSED) : problem).toResponse();
    }

    /**
     * A refused match decision: a claim outside the caller's organisation, or an earlier claim that does not
     * exist or may not be seen, is not-found (404, existence does not leak); a wrong role is forbidden (403);
     * anything else is conflict/{code} (409), for example conflict/same-claim.
     */
    @ServerExceptionMapper
    public Response matchRefused(MatchRefused e, HttpServerRequest request) {
        return switch (e.reason()) {
            case NOT_FOUND -> api(request) ? Problem.of(ProblemType.NOT_FOUND, e.getMessage(), request.path())
                    .toResponse() : bare(404);
            case WRONG_ROLE -> api(request) ? Problem.of(ProblemType.FORBIDDEN, e.getMessage(), request.path())
                    .toResponse() : bare(403);
            default -> api(request) ? Problem.of(ProblemType.CONFLICT, e.getMessage(), request.path())
                    .withCode(e.reason().code(), ProblemType.CONFLICT).toResponse() : bare(409);
        };
    }

    @ServerExceptionMapper
    public Response rateLimited(TipRateLimited e, HttpServerRequest request) {
        return api(request) ? Problem.of(ProblemType.RATE_LIMITED, e.getMessage(), request.path()).response()
                .header(HttpHeaders.RETRY_AFTER, Math.max(1, e.retryAfter().toSeconds())).build() : bare(429);
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, HttpServerRequest request) {
        if (!api(request)) {
            return bare(400);
        }
        List<Violation> list = e.getConstraintViolations().stream()
                .map(v -> new Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .collect(Collectors.toCollection(ArrayList::new));
        return validation("The request has invalid fields.", request, list);
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
        String field = e instanceof JsonMappingException mapping ? jsonPath(mapping) : "";
        if (syntaxError(e) || field.isEmpty() && !(e instanceof InvalidFormatException)) {
            return Problem.of(ProblemType.MALFORMED, "The body is not well-formed JSON of the expected shape.",
                    request.path()).toResponse();
        }
        String message = e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()
                        ? "must be one of " + java.util.Arrays.toString(format.getTargetType().getEnumConstants())
                        : "has the wrong type or format";
        return validation("The body does not match the expected shape.", request,
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
                "Your roles or organisation do not allow this operation.", request.path()).toResponse() : bare(403);
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
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not support " + request.method() + ".";
            case 406 -> "This operation answers with application/json only.";
            case 415 -> "Send the body as application/json (or the media type this operation documents).";
            case 413 -> "The body is larger than this operation accepts.";
            case 400 -> "The body is not well-formed JSON of the expected shape.";
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
        return Problem.of(ProblemType.INTERNAL, "Please try again later; quote incident " + incident + " if it persists.",
                request.path()).toResponse();
    }

    static Response unauthorized(String path) {
        return Problem.of(ProblemType.UNAUTHENTICATED, "Send a valid bearer token.", path).response()
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** Outside /api/ a status without a body: the pages' error filter dresses it as an HTML page. */
    private static Response bare(int status) {
        return Response.status(status).build();
    }

    static boolean api(HttpServerRequest request) {
        return request.path().startsWith("/api/");
    }

    private static Response validation(String detail, HttpServerRequest request, List<Violation> violations) {
        return Problem.of(ProblemType.VALIDATION, detail, request.path()).withViolations(violations).toResponse();
    }

    /** The field path without the method and parameter names: "text", "entries[1].colour", "body". */
    private static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                field.setLength(0);
                field.append(node.getName());
                continue;
            }
            if (field.length() > 0 && isBody(field.toString())) {
                field.setLength(0);
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                field.append(field.length() > 0 ? "." : "").append(node.getName());
            }
        }
        return field.length() == 0 || isBody(field.toString()) ? "body" : field.toString();
    }

    private static boolean isBody(String name) {
        return name.equals("request") || name.equals("body") || name.endsWith("Request");
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() > 0 ? "." : "").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
