package io.factdesk.web.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.devdb.EmbeddedPostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A configured JDBC URL wins over the embedded server: here a separately started PostgreSQL stands in for an
 * external one, passed exactly as an operator would (quarkus.datasource.jdbc.url and credentials).
 */
@QuarkusTest
@TestProfile(ExternalDatabaseTest.ExternalDatabase.class)
class ExternalDatabaseTest {

    static EmbeddedPostgres external;

    @Inject
    DataSource dataSource;

    @Test
    void appUsesTheConfiguredServerAndMigratesIt() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select inet_server_port(), current_database(), "
                                + "(select count(*) from flyway_schema_history where success)")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(external.getPort());
            assertThat(rs.getString(2)).isEqualTo("factdesk");
            assertThat(rs.getLong(3)).isPositive();
        }
    }

    public static class ExternalDatabase implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ExternalServer.class));
        }
    }

    public static class ExternalServer implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            external = EmbeddedPostgresServer.startStandalone();
            return Map.of(
                    "quarkus.datasource.jdbc.url", external.getJdbcUrl("postgres", "factdesk"),
                    "quarkus.datasource.username", "postgres",
                    "quarkus.datasource.password", "postgres");
        }

        @Override
        public void stop() {
            try {
                external.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
