package io.factdesk.web.security;

import io.factdesk.api.problem.Channel;
import io.factdesk.web.errors.ErrorPages;
import io.factdesk.web.support.FilterOrder;
import io.factdesk.web.support.SecurityHeaders;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.Set;

/**
 * Pages change state only through their HTML forms, whose CSRF token the CSRF filter checks. That filter lets
 * any other body type (and no body at all) through unchecked, because the bearer-token API posts JSON; so a
 * state-changing request to a page that is not a form (or is an empty one) is refused here, before login, before
 * the REST layer and
 * before anything runs. The API ({@code /api/}) keeps its JSON: a bearer token is not sent by a browser on its
 * own, so it is not forgeable across sites.
 */
@ApplicationScoped
public class FormsOnly {

    /** After {@link SecurityHeaders} (the refusal carries the headers too), before everything else. */
    static final int PRIORITY = FilterOrder.FORMS_ONLY;

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final Set<String> FORMS = Set.of("application/x-www-form-urlencoded", "multipart/form-data");

    void install(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext context) {
        var request = context.request();
        if (SAFE.contains(request.method()) || !Channel.isPage(context.normalizedPath())
                || isForm(request.getHeader(HttpHeaders.CONTENT_TYPE)) && hasBody(request)) {
            context.next();
            return;
        }
        var page = ErrorPages.page(400, null);
        context.response().setStatusCode(400)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                .end((String) page.getEntity());
    }

    /**
     * A form without a body has no token either. HTTP/2 may leave out the length of a body it streams; such a
     * request goes on to the CSRF filter, which refuses it if it turns out empty.
     */
    static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !length.strip().equals("0");
        }
        return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null || request.version() == HttpVersion.HTTP_2;
    }

    static boolean isForm(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String type = (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip();
        return FORMS.contains(type.toLowerCase(Locale.ROOT));
    }
}
