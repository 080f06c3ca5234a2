package io.factdesk.api.problem;

import io.factdesk.api.problem.Problem.Violation;
import io.factdesk.api.support.Languages;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.common.RateLimited;
import io.factdesk.verification.common.RefusalMessages;
import io.factdesk.verification.common.Refused;
import io.factdesk.verification.common.StaleVersion;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The API's answer to every refusal of the services, by its kind: not found 404, forbidden 403, conflict 409
 * ({@code conflict/{code}}, or {@code transition-refused/{rule}} when the review workflow refused), stale 412,
 * invalid 400 with the field, rate-limited 429 with Retry-After. The {@code detail} (and an invalid field's message)
 * follows the caller's Accept-Language ({@link #detail}). Page requests get the pages' answer.
 */
public class RefusalProblems {

    @Inject
    Instance<PageAnswers> pages;

    @ServerExceptionMapper
    public Response refused(Refused e, HttpServerRequest request) {
        return switch (Channel.of(request.path())) {
            case API -> problem(e, request.path());
            case PAGE -> pages.isResolvable() ? pages.get().refused(e) : Response.status(status(e)).build();
            case TOOLING -> Response.status(status(e)).build();
        };
    }

    static Response problem(Refused e, String path) {
        String detail = detail(e, ProblemTitles.callerLanguage());
        return switch (e.kind()) {
            case NOT_FOUND -> Problem.of(ProblemType.NOT_FOUND, detail, path).toResponse();
            case FORBIDDEN -> {
                Problem problem = Problem.of(ProblemType.FORBIDDEN, detail, path);
                yield (e.byWorkflow() ? problem.withCode(e.code(), ProblemType.TRANSITION_REFUSED) : problem)
                        .toResponse();
            }
            case CONFLICT -> {
                ProblemType type = e.byWorkflow() ? ProblemType.TRANSITION_REFUSED : ProblemType.CONFLICT;
                yield Problem.of(type, detail, path).withCode(e.code(), type).toResponse();
            }
            case STALE -> {
                Long current = ((StaleVersion) e).currentVersion();
                Response.ResponseBuilder response = Problem.of(ProblemType.STALE_VERSION, detail, path).response();
                yield (current == null ? response : response.tag(Etags.of(current))).build();
            }
            case INVALID -> Problem.of(ProblemType.VALIDATION, ProblemTitles.detail("invalid-fields", "The request has invalid fields."), path)
                    .withViolations(List.of(new Violation(((InvalidInput) e).field(), detail))).toResponse();
            case RATE_LIMITED -> Problem.of(ProblemType.RATE_LIMITED, detail, path).response()
                    .header(HttpHeaders.RETRY_AFTER, Math.max(1, ((RateLimited) e).retryAfter().toSeconds())).build();
        };
    }

    /**
     * The refusal's {@code detail} in the caller's language: English callers get the refusal's own English message
     * (it may name the thing refused: "There is no claim 42."); other languages get the text of
     * {@link RefusalMessages} for its message key, the same words the pages show, or the English message when
     * there is no text for it yet.
     */
    static String detail(Refused e, String language) {
        if (language == null || Languages.DEFAULT.equals(language)) {
            return e.getMessage();
        }
        return RefusalMessages.of(e, Locale.forLanguageTag(language)).orElseGet(e::getMessage);
    }

    /** The status of a refusal on any channel. */
    public static int status(Refused e) {
        return switch (e.kind()) {
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case CONFLICT -> 409;
            case STALE -> 412;
            case INVALID -> 400;
            case RATE_LIMITED -> 429;
        };
    }
}
