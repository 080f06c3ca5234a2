package io.factdesk.devdb;

import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Low-priority configuration source that answers the datasource keys with the embedded server's coordinates,
 * starting the server the first time one of them is read: the application connects as the application role,
 * Flyway as the owner role.
 */
final class EmbeddedPostgresConfigSource implements ConfigSource {

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String USERNAME = "quarkus.datasource.username";
    static final String PASSWORD = "quarkus.datasource.password";
    static final String MIGRATION_USERNAME = "quarkus.flyway.username";
    static final String MIGRATION_PASSWORD = "quarkus.flyway.password";

    private static final Set<String> KEYS = Set.of(JDBC_URL, USERNAME, PASSWORD, MIGRATION_USERNAME,
            MIGRATION_PASSWORD);

    private final String dataDirectory;

    EmbeddedPostgresConfigSource(String dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    @Override
    public Set<String> getPropertyNames() {
        return KEYS;
    }

    @Override
    public String getValue(String propertyName) {
        if (!KEYS.contains(propertyName)) {
            return null;
        }
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory);
        return switch (propertyName) {
            case JDBC_URL -> server.jdbcUrl();
            case USERNAME -> EmbeddedPostgresServer.APP;
            case PASSWORD -> EmbeddedPostgresServer.APP_PASSWORD;
            case MIGRATION_USERNAME -> EmbeddedPostgresServer.OWNER;
            default -> EmbeddedPostgresServer.OWNER_PASSWORD;
        };
    }

    @Override
    public String getName() {
        return "EmbeddedPostgreSQL";
    }

    /** Below application.properties (250) and the defaults of extensions, so every explicit setting wins. */
    @Override
    public int getOrdinal() {
        return 10;
    }
}
