package io.factdesk.web.support;

import io.quarkus.qute.EngineBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * Gives every template rendered for a request the request's language, so that {@code {msg:...}} and the other
 * bundles answer in it. Templates rendered outside a request (a job) keep the default.
 */
@ApplicationScoped
public class PageLocale {

    void configure(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(instance -> instance.setLocale(
                Locale.forLanguageTag(PageLanguage.currentCode())));
    }
}
