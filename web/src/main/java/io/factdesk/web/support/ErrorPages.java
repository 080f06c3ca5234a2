package io.factdesk.web.support;

import io.factdesk.api.problem.Problem;
import io.factdesk.api.problem.ProblemMappers;
import io.factdesk.api.problem.ProblemType;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Friendly HTML error pages for page routes. The page exceptions are the web's own; anything else that reaches a
 * page as an error status without a body is dressed by {@link ErrorPageFilter}. {@code /api/*} keeps its
 * problem+json answers.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);
    /** The API's mapping of REST-layer refusals (stateless), for the cases this mapper takes over from it. */
    private static final ProblemMappers API_ANSWERS = new ProblemMappers();

    @CheckedTemplate(basePath = "Errors")
    static class Templates {
        static native TemplateInstance page(String heading, String message);
    }

    @ServerExceptionMapper
    public Response notFound(PageNotFound e) {
        return page(404, null);
    }

    /** No resource matched: the friendly page, the API's not-found problem, or a bare 404 under /q/. */
    @ServerExceptionMapper
    public Response noSuchResource(jakarta.ws.rs.NotFoundException e, UriInfo uri) {
        if (uri.getPath().startsWith("/api/")) {
            return Problem.of(ProblemType.NOT_FOUND, "There is nothing at this address.", uri.getPath()).toResponse();
        }
        return isApi(uri) ? Response.status(404).build() : page(404, null);
    }

    /**
     * A GET on an address that only takes a form POST (a reload, a bookmark, the return from a new login) goes on
     * to the page the form lives on instead of an error; any other method keeps its 405.
     */
    @ServerExceptionMapper
    public Response notAllowed(jakarta.ws.rs.NotAllowedException e, UriInfo uri, HttpServerRequest request) {
        if (isApi(uri) || request.method() != HttpMethod.GET) {
            return API_ANSWERS.web(e, request); // the API's problem+json; a page's bare 405 gets its error page
        }
        return formPage(uri);
    }

    private static Response formPage(UriInfo uri) {
        return FormAddresses.pageOf(uri.getPath())
                .map(page -> Response.seeOther(java.net.URI.create(page)).build())
                .orElseGet(() -> page(404, null));
    }

    @ServerExceptionMapper
    public Response badPageNumber(PageNumbers.BadPageNumber e) {
        return page(400, e.getMessage());
    }

    @ServerExceptionMapper
    public Response forbidden(PageForbidden e) {
        return page(403, e.getMessage());
    }

    /** True for requests the API answers (problem+json), which never get an HTML page. */
    static boolean isApi(UriInfo uri) {
        String path = uri.getPath();
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/");
    }

    /** The error page for a status, with an optional specific message instead of the generic one. */
    public static Response page(int status, String message) {
        Msg msg = PageLanguage.bundle(Msg.class);
        String heading = switch (status) {
            case 400 -> msg.error_400_heading();
            case 401, 403 -> msg.error_403_heading();
            case 404 -> msg.error_404_heading();
            case 409 -> msg.error_409_heading();
            default -> msg.error_500_heading();
        };
        String text = message != null ? message : switch (status) {
            case 400 -> msg.error_400_text();
            case 401, 403 -> msg.error_403_text();
            case 404 -> msg.error_404_text();
            case 409 -> msg.error_409_text();
            default -> msg.error_500_text();
        };
        if (status >= 500) {
            LOG.debugf("rendering error page %d", status);
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.page(heading, text).render()).build();
    }
}
