package io.factdesk.devdb;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.util.List;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies the datasource of an embedded PostgreSQL server when no JDBC URL is configured anywhere else.
 *
 * <p>Registered through {@code META-INF/services}. Any configured {@code quarkus.datasource.jdbc.url}
 * (environment variable {@code QUARKUS_DATASOURCE_JDBC_URL}, system property, application.properties, a test
 * resource) wins, and then no embedded server is started. The server itself starts lazily, on the first read of
 * the URL, so a build that never reads it starts nothing.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    /** Set to {@code false} to forbid the embedded server (the app then fails fast without a JDBC URL). */
    static final String ENABLED = "factdesk.embedded-postgres.enabled";

    /**
     * Directory that keeps the embedded server's data between runs. Unset: a temporary directory removed on exit.
     * Profile-specific values ({@code %dev.factdesk.embedded-postgres.data-directory}) are honoured.
     */
    static final String DATA_DIRECTORY = "factdesk.embedded-postgres.data-directory";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (isSet(context.getValue(EmbeddedPostgresConfigSource.JDBC_URL))
                || "false".equalsIgnoreCase(valueOf(context, ENABLED, context.getProfiles()))
                || isProductionBuild(context.getProfiles())) {
            return List.of();
        }
        return List.of(new EmbeddedPostgresConfigSource(valueOf(context, DATA_DIRECTORY, context.getProfiles())));
    }

    /**
     * True while Maven packages the production app. The build reads runtime keys too and would record the URL of
     * a server that stops with the build; the packaged app must start its own instead. Dev mode and tests build
     * and run in one JVM, so there the server is wanted; the packaged app has no deployment classes.
     */
    static boolean isProductionBuild(List<String> profiles) {
        if (profiles.contains("dev") || profiles.contains("test")) {
            return false;
        }
        try {
            Class.forName("io.quarkus.deployment.QuarkusAugmentor", false,
                    EmbeddedPostgresConfigSourceFactory.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static String valueOf(ConfigSourceContext context, String key, List<String> profiles) {
        for (String profile : profiles) {
            ConfigValue value = context.getValue("%" + profile + "." + key);
            if (isSet(value)) {
                return value.getValue();
            }
        }
        ConfigValue value = context.getValue(key);
        return isSet(value) ? value.getValue() : null;
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }
}
