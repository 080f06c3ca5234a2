package io.factdesk.web.support;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.api.support.Languages;
import io.quarkus.arc.Arc;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The language of the page being answered, for templates ({@code {inject:language.code}}, the switch and the
 * hreflang alternates in the layout) and for Java code that needs a message ({@link #bundle(Class)}). Public pages
 * are the same for every reader, so there only the request decides (switch, cookie, Accept-Language) and English
 * is the fallback; desk pages fall back to the organisation's default language.
 */
@ApplicationScoped
@Named("language")
public class PageLanguage {

    /** The interface languages' locales (every page asks for one, every message with parameters too). */
    private static final Map<String, Locale> LOCALES = Languages.SUPPORTED.stream()
            .collect(Collectors.toUnmodifiableMap(code -> code, Locale::forLanguageTag));

    /** Routing-context key of the resolved language, so that a request resolves it once. */
    private static final String RESOLVED = "factdesk.language.resolved";

    @Inject
    CurrentVertxRequest current;

    @Inject
    Instance<CurrentActor> actors;

    /** The language of the current request ("en" outside of one). */
    public String code() {
        RoutingContext context = routing();
        if (context == null) {
            return Languages.DEFAULT;
        }
        String resolved = context.get(RESOLVED);
        if (resolved == null) {
            resolved = Optional.ofNullable(LanguageFilter.chosen(context))
                    .or(() -> PublicPaths.isPublic(context.normalizedPath()) ? Optional.empty() : organisationDefault())
                    .orElse(Languages.DEFAULT);
            context.put(RESOLVED, resolved);
        }
        return resolved;
    }

    public Locale locale() {
        return localeOf(code());
    }

    /** The other interface languages, for the switch in the header. */
    public List<String> others() {
        String code = code();
        return Languages.SUPPORTED.stream().filter(language -> !language.equals(code)).toList();
    }

    /** Every interface language, for the hreflang alternates. */
    public List<String> all() {
        return Languages.SUPPORTED;
    }

    /** This page's address in {@code language}: the same path and query with {@code lang} set. */
    public String href(String language) {
        RoutingContext context = routing();
        if (context == null) {
            return "/?" + Languages.PARAMETER + "=" + language;
        }
        HttpServerRequest request = context.request();
        StringBuilder query = new StringBuilder();
        String raw = request.query();
        if (raw != null && raw.length() <= 2_000) {
            int start = 0;
            while (start <= raw.length()) {
                int end = raw.indexOf('&', start);
                String pair = raw.substring(start, end < 0 ? raw.length() : end);
                if (!pair.isEmpty() && !pair.equals(Languages.PARAMETER)
                        && !pair.startsWith(Languages.PARAMETER + "=")) {
                    query.append(pair).append('&');
                }
                start = end < 0 ? raw.length() + 1 : end + 1;
            }
        }
        query.append(Languages.PARAMETER).append('=').append(URLEncoder.encode(language, StandardCharsets.UTF_8));
        return request.path() + "?" + query;
    }

    /** {@link #href(String)} as an absolute address, for {@code <link rel="alternate" hreflang>}. */
    public String absoluteHref(String language) {
        RoutingContext context = routing();
        String origin = context == null ? "" : Optional.ofNullable(context.<String>get(ORIGIN))
                .orElseGet(() -> context.request().scheme() + "://" + context.request().authority());
        return origin + href(language);
    }

    /**
     * Routing-context key of the scheme and host that absolute links of the page being rendered start with, when
     * not the request's own (a page rendered to be stored carries a placeholder there: {@code StoredVerdictPages}).
     */
    public static final String ORIGIN = "factdesk.page.origin";

    /** Whether the page is a public one (it then carries hreflang alternates). */
    public boolean publicPage() {
        RoutingContext context = routing();
        return context != null && PublicPaths.isPublic(context.normalizedPath());
    }

    /** The message bundle {@code type} in the language of the current request. */
    public static <T> T bundle(Class<T> type) {
        return in(type, currentCode());
    }

    /** The language of the current request, for static code ("en" outside of one). */
    public static String currentCode() {
        var container = Arc.container();
        return container == null ? Languages.DEFAULT : container.instance(PageLanguage.class).get().code();
    }

    public static Locale currentLocale() {
        return localeOf(currentCode());
    }

    /** The locale of a language code; those of the interface languages made once. */
    private static Locale localeOf(String code) {
        Locale locale = LOCALES.get(code);
        return locale != null ? locale : Locale.forLanguageTag(code);
    }

    /** The message bundle {@code type} in {@code language} (a supported code). */
    public static <T> T in(Class<T> type, String language) {
        return Languages.DEFAULT.equals(language)
                ? MessageBundles.get(type)
                : MessageBundles.get(type, Localized.Literal.of(language));
    }

    /** The HTTP request being answered, or null (a job, a test calling code directly). */
    private RoutingContext routing() {
        return Arc.container().requestContext().isActive() ? current.getCurrent() : null;
    }

    private Optional<String> organisationDefault() {
        if (!Arc.container().requestContext().isActive() || !actors.isResolvable()
                || !BlockingOperationControl.isBlockingAllowed()) {
            return Optional.empty();
        }
        return actors.get().find()
                .map(actor -> actor.organisation().defaultLanguage)
                .flatMap(Languages::supported);
    }
}
