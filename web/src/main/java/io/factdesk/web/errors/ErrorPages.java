package io.factdesk.web.errors;

import io.factdesk.api.problem.PageAnswers;
import io.factdesk.verification.common.RateLimited;
import io.factdesk.verification.common.Refused;
import io.factdesk.web.forms.FormAddresses;
import io.factdesk.web.forms.PageNumbers;
import io.factdesk.web.support.Msg;
import io.factdesk.web.support.PageLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The pages' answer to failures: a friendly HTML error page for a refusal no page handled itself, for an address
 * or method nothing serves, and (through {@link ErrorPageFilter}) for any error status without a body. Which
 * requests are pages is decided by {@link io.factdesk.api.problem.Channel}; the API answers its own.
 */
@ApplicationScoped
public class ErrorPages implements PageAnswers {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate(basePath = "Errors")
    static class Templates {
        static native TemplateInstance page(String heading, String message);
    }

    /** By kind: not found 404 (the generic text, nothing leaks), stale and conflict 409, the others their own. */
    @Override
    public Response refused(Refused refusal) {
        String text = RefusalTexts.of(refusal);
        return switch (refusal.kind()) {
            case NOT_FOUND -> page(404, null);
            case FORBIDDEN -> page(403, text);
            case CONFLICT, STALE -> page(409, text);
            case INVALID -> page(400, text);
            case RATE_LIMITED -> Response.fromResponse(page(429, text)).header(HttpHeaders.RETRY_AFTER,
                    Math.max(1, ((RateLimited) refusal).retryAfter().toSeconds())).build();
        };
    }

    /**
     * No such address: the 404 page. A GET on an address that only takes a form POST (a reload, a bookmark, the
     * return from a new login) goes on to the page the form lives on; any other method keeps its 405.
     */
    @Override
    public Response unrouted(WebApplicationException e, String path, String method) {
        if (e.getResponse().getStatus() == 405 && !"GET".equals(method)) {
            return e.getResponse(); // a bare 405, dressed as a page by the error filter
        }
        if (e.getResponse().getStatus() == 405) {
            return FormAddresses.pageOf(path)
                    .map(page -> Response.seeOther(java.net.URI.create(page)).build())
                    .orElseGet(() -> page(404, null));
        }
        return page(404, null);
    }

    @ServerExceptionMapper
    public Response badPageNumber(PageNumbers.BadPageNumber e) {
        return page(400, e.getMessage());
    }

    /** The error page for a status, with an optional specific message instead of the generic one. */
    public static Response page(int status, String message) {
        Msg msg = PageLanguage.bundle(Msg.class);
        String heading = switch (status) {
            case 400, 429 -> msg.error_400_heading();
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
