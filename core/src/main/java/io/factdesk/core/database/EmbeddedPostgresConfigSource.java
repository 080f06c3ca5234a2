package io.factdesk.core.database;

import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Low-priority configuration source that answers the datasource keys with the embedded server's coordinates,
 * starting the server the first time one of them is read.
 */
final class EmbeddedPostgresConfigSource implements ConfigSource {

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String USERNAME = "quarkus.datasource.username";
    static final String PASSWORD = "quarkus.datasource.password";

    private static final Set<String> KEYS = Set.of(JDBC_URL, USERNAME, PASSWORD);

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
            case USERNAME -> EmbeddedPostgresServer.USER;
            default -> EmbeddedPostgresServer.PASSWORD;
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
