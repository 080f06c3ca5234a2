package io.factdesk.verification.article;

import io.factdesk.verification.analysis.ArticleAnalyser;
import io.factdesk.verification.net.GuardedHttpClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's one {@link ArticleAnalyser}: the text pipeline is plain Java, so its CDI wiring and its
 * configuration live here, next to the import that uses it.
 */
@ApplicationScoped
public class AnalyserSetup {

    /** factdesk.import.read-timeout: how long the whole download of an article may take. */
    @ConfigProperty(name = "factdesk.import.read-timeout", defaultValue = "15s")
    Duration readTimeout;

    /** factdesk.import.max-bytes: largest article page accepted, in bytes. */
    @ConfigProperty(name = "factdesk.import.max-bytes", defaultValue = "5000000")
    long maxBytes;

    /** Loads the language models once; the analyser is thread-safe. */
    @Produces
    @Singleton
    ArticleAnalyser analyser(GuardedHttpClient client) {
        return new ArticleAnalyser(client, readTimeout, maxBytes);
    }
}
