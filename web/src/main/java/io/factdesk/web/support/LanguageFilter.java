package io.factdesk.web.support;

import io.factdesk.api.support.Languages;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;

/**
 * Decides the language of every request before anything answers it (pages served from memory included): the
 * {@code ?lang=} switch, which is remembered in a cookie, then the cookie, then {@code Accept-Language}. The
 * organisation's default, which needs the logged-in user, is applied later by {@link PageLanguage}. A GET with a
 * query parameter, not a form: choosing a language changes nothing on the server, works without JavaScript and
 * gives every page a stable address per language for {@code hreflang} and the sitemap.
 */
@ApplicationScoped
public class LanguageFilter {

    /** Before the served-page cache (web.caching.ServedPages), which keys its pages by language. */
    static final int PRIORITY = FilterOrder.LANGUAGE;

    /** Routing-context key of the language chosen by the request (absent: nothing chose one). */
    static final String CHOSEN = "factdesk.language";

    static final long COOKIE_MAX_AGE = Duration.ofDays(365).toSeconds();

    void install(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        Optional<String> parameter = Languages.supported(request.getParam(Languages.PARAMETER));
        Cookie cookie = request.getCookie(Languages.COOKIE);
        String remembered = cookie == null ? null : cookie.getValue();
        Languages.chosen(parameter.orElse(null), remembered, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))
                .ifPresent(language -> context.put(CHOSEN, language));
        if (parameter.isPresent() && !parameter.get().equals(remembered)) {
            context.response().addCookie(Cookie.cookie(Languages.COOKIE, parameter.get())
                    .setPath("/")
                    .setMaxAge(COOKIE_MAX_AGE)
                    .setHttpOnly(true)
                    .setSecure("https".equals(request.scheme()))
                    .setSameSite(CookieSameSite.LAX));
        }
        if (PublicPaths.isPublic(context.normalizedPath())) {
            context.addHeadersEndHandler(ignored -> context.response().headers()
                    .add(HttpHeaders.VARY, "Accept-Language, Cookie"));
        }
        context.next();
    }

    /** The language this request chose, or null. */
    public static String chosen(RoutingContext context) {
        return context == null ? null : context.get(CHOSEN);
    }
}
