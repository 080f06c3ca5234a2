package io.factdesk.api.problem;

import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A database that is out of reach answers 503 quickly instead of a 500 or a hanging request: problem+json with
 * type {@code unavailable} on the API, and a bodiless 503 on pages, which the web dresses as its friendly error
 * page. Both carry Retry-After. Any other persistence failure is left to {@link ProblemMappers#internal}.
 */
public class DatabaseUnavailableMapper {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableMapper.class);

    @ServerExceptionMapper({PersistenceException.class, SQLException.class})
    public Response map(Exception e, HttpServerRequest request) {
        if (!DatabaseUnavailable.isCause(e)) {
            return new ProblemMappers().internal(e, request);
        }
        LOG.warnf("Database unavailable for %s %s: %s", request.method(), request.path(), rootMessage(e));
        Response.ResponseBuilder response = ProblemMappers.api(request)
                ? Problem.of(ProblemType.UNAVAILABLE,
                        ProblemTitles.detail("database-unavailable", "The database cannot be reached right now; nothing was changed. Try again shortly."),
                        request.path()).response()
                : Response.status(Response.Status.SERVICE_UNAVAILABLE);
        return response.header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
