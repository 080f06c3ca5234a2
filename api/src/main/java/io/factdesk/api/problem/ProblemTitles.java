package io.factdesk.api.problem;

import io.factdesk.api.support.Languages;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The {@code title} of a problem in the caller's language ({@code Accept-Language}): the English titles are the
 * {@link ProblemType} constants, translations live in {@code problems_<language>.properties} next to this class,
 * keyed by the type's slug. The {@code type} URI, which clients switch on, never changes with the language.
 */
final class ProblemTitles {

    private static final String BUNDLE = "io.factdesk.api.problem.problems";
    private static final String DETAILS = "io.factdesk.api.problem.details";

    private ProblemTitles() {
    }

    static String of(String slug, String english) {
        return in(callerLanguage(), slug, english);
    }

    /**
     * A fixed problem {@code detail} in the caller's language: translations live in
     * {@code details_<language>.properties} next to this class, keyed by a short name; the English text is given.
     */
    static String detail(String key, String english) {
        String language = callerLanguage();
        return language == null || Languages.DEFAULT.equals(language) ? english : from(DETAILS, language, key, english);
    }

    static String in(String language, String slug, String english) {
        if (language == null || Languages.DEFAULT.equals(language)) {
            return english;
        }
        return from(BUNDLE, language, slug, english);
    }

    private static String from(String bundle, String language, String key, String english) {
        try {
            ResourceBundle texts = ResourceBundle.getBundle(bundle, Locale.forLanguageTag(language),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return texts.containsKey(key) ? texts.getString(key) : english;
        } catch (MissingResourceException e) {
            return english;
        }
    }

    /** The supported language the caller's Accept-Language prefers; null outside an HTTP request. */
    static String callerLanguage() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return null;
        }
        RoutingContext context = container.instance(CurrentVertxRequest.class).get().getCurrent();
        return context == null ? null
                : Languages.fromAcceptLanguage(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)).orElse(null);
    }
}
