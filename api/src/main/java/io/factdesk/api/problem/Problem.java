package io.factdesk.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem details body. {@code code} names the exact rule for refusals (e.g. "four-eyes");
 * {@code violations} lists the fields of an invalid request.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String code,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: its JSON path (e.g. "text", "entries[2].colour", "page") and what is wrong. */
    public record Violation(String field, String message) {
    }

    public static Problem of(ProblemType type, String detail, String instance) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, null, null);
    }

    public Problem withCode(String subtypeCode, ProblemType base) {
        return new Problem(base.uri(subtypeCode), title, status, detail, instance, subtypeCode, violations);
    }

    public Problem withViolations(List<Violation> list) {
        return new Problem(type, title, status, detail, instance, code, list);
    }

    public Response.ResponseBuilder response() {
        return Response.status(status).type(MEDIA_TYPE).entity(this);
    }

    public Response toResponse() {
        return response().build();
    }
}
