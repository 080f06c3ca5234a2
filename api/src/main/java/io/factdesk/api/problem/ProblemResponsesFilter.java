package io.factdesk.api.problem;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem responses of every /api/v1 operation from what the operation is: secured ones can answer
 * 401/403, ones with path ids 404, ones with a body 400/413/415, state-changing ones on a resource 409/412, and every
 * operation 500. All as application/problem+json with the Problem schema (catalogue: docs/api-problems.md).
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents().addSchema("Problem", problemSchema());
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (Channel.of(path) == Channel.API) {
                item.getOperations().forEach((method, operation) -> document(path, method, operation));
            }
        });
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean body = operation.getRequestBody() != null;
        boolean onResource = path.contains("{");
        boolean changes = method != PathItem.HttpMethod.GET;
        if (body || operation.getParameters() != null && !operation.getParameters().isEmpty()) {
            add(responses, 400, "Invalid input (validation or malformed-request), with violations");
        }
        if (secured) {
            add(responses, 401, "No valid bearer token (unauthenticated)");
            add(responses, 403, "The role or organisation does not allow this (forbidden)");
        }
        if (onResource) {
            add(responses, 404, "Not found; another organisation's drafts are reported as not found (not-found)");
        }
        if (changes && onResource) {
            add(responses, 409, "Refused in the current state (conflict/{code} or transition-refused/{rule})");
            add(responses, 412, "If-Match names an older version (stale-version)");
        }
        if (body) {
            add(responses, 413, "Body over the size limit (payload-too-large)");
            add(responses, 415, "Wrong Content-Type (unsupported-media-type)");
        }
        add(responses, 500, "Unexpected failure, no details (internal-error)");
    }

    private static void add(APIResponses responses, int status, String description) {
        String code = Integer.toString(status);
        if (responses.hasAPIResponse(code)) {
            return;
        }
        responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)))));
    }

    private static Schema problemSchema() {
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema violation = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .properties(Map.of("field", string, "message", string));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; type is one of " + ProblemType.BASE + "{slug}")
                .required(List.of("type", "title", "status"))
                .properties(Map.of(
                        "type", string, "title", string,
                        "status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER),
                        "detail", string, "instance", string, "code", string,
                        "violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(violation)));
    }
}
