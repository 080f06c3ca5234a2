package io.factdesk.verification.article;

import io.factdesk.verification.analysis.ArticleAnalyser;
import io.factdesk.verification.net.GuardedHttpClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The application's one {@link ArticleAnalyser}: the text pipeline is plain Java, so its CDI wiring and its
 * configuration live here, next to the import that uses it.
 */
@ApplicationScoped
public class AnalyserSetup {

    /** Loads the language models once; the analyser is thread-safe. */
    @Produces
    @Singleton
    ArticleAnalyser analyser(GuardedHttpClient client, ImportConfig config) {
        return new ArticleAnalyser(client, config.readTimeout(), config.maxBytes());
    }
}
