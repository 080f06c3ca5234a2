package io.factdesk.core.database;

import io.factdesk.devdb.EmbeddedPostgresServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * A standalone embedded PostgreSQL for a migration test: migrated up to a chosen version, given rows as they were
 * written then, migrated further, and read back.
 */
final class MigratedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres = EmbeddedPostgresServer.startStandalone();

    /** Applies the project's migrations up to and including {@code version}. */
    void migrateTo(String version) {
        Flyway.configure().dataSource(url(), "postgres", "postgres").locations("classpath:db/migration")
                .placeholders(Map.of("app_role", "factdesk_app")).target(version).load().migrate();
    }

    void sql(String statements) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(statements);
        }
    }

    /** The first column of every row the query returns, as text. */
    List<String> column(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), "postgres", "postgres");
    }

    private String url() {
        return postgres.getJdbcUrl("postgres", "factdesk");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
