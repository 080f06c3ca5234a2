package io.factdesk.api.problem;

import io.factdesk.verification.common.Refused;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * How pages answer what the exception mappers of this package catch on a {@link Channel#PAGE} request. The web
 * module provides it; without it pages get a bare status.
 */
public interface PageAnswers {

    /** The page for a refusal no page handled itself. */
    Response refused(Refused refusal);

    /** The page for a request the REST layer could not route: no such address (404) or method (405). */
    Response unrouted(WebApplicationException e, String path, String method);
}
