package io.factdesk.web.support;

import io.quarkus.qute.EngineBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Gives every template rendered for a request the request's language, so that {@code {msg:...}} and the other
 * bundles answer in it. Templates rendered outside a request (a job) keep the default.
 */
@ApplicationScoped
public class PageLocale {

    /** Every template instance asks, each message with parameters included: the bean itself, not a lookup. */
    @Inject
    PageLanguage language;

    void configure(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(instance -> instance.setLocale(language.locale()));
    }
}
