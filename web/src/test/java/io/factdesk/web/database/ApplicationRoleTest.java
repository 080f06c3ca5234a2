package io.factdesk.web.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factdesk.devdb.EmbeddedPostgresServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The application's own database connection cannot rewrite history: it may add to and read the audit trail, but
 * neither change, remove, truncate nor drop it, nor switch its guarding triggers off, nor change any schema.
 */
@QuarkusTest
class ApplicationRoleTest {

    @Inject
    DataSource dataSource;

    @Test
    void appConnectsAsARoleThatOwnsNothingAndIsNoSuperuser() throws SQLException {
        assertThat(single("select current_user")).isEqualTo("factdesk_app");
        assertThat(single("select rolsuper or rolcreaterole or rolcreatedb or rolbypassrls from pg_roles "
                + "where rolname = current_user")).isEqualTo("f");
        assertThat(single("select count(*) from pg_class where relowner = (select oid from pg_roles "
                + "where rolname = current_user)")).isEqualTo("0");
        assertThat(single("select tableowner from pg_tables where tablename = 'workflow_event'"))
                .isEqualTo("factdesk_owner");
    }

    @Test
    void appMayAppendToTheAuditTrailAndReadIt() throws SQLException {
        assertThat(single("select has_table_privilege('workflow_event', 'insert') "
                + "and has_table_privilege('workflow_event', 'select')")).isEqualTo("t");
        assertThat(single("select has_table_privilege('claim', 'update') and has_table_privilege('claim', 'delete')"))
                .isEqualTo("t");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "update workflow_event set note = 'rewritten'",
        "delete from workflow_event",
        "truncate workflow_event",
        "alter table workflow_event disable trigger workflow_event_no_update",
        "alter table workflow_event disable trigger all",
        "drop trigger workflow_event_no_update on workflow_event",
        "drop table workflow_event cascade",
        "alter table workflow_event owner to factdesk_app",
        "update organisation_event set note = 'rewritten'",
        "delete from organisation_event",
        "truncate organisation_event",
        "alter table organisation_event disable trigger organisation_event_no_update",
        "truncate claim cascade",
        "alter table claim add column planted text",
        "create table planted (id int)",
        "delete from flyway_schema_history"
    })
    void appCannotTamperWithTheAuditTrailOrTheSchema(String sql) {
        // Refused for want of a privilege or of ownership, before any trigger could run.
        assertThatThrownBy(() -> execute(sql)).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"))
                .hasMessageNotContaining("append-only");
    }

    @ParameterizedTest
    @ValueSource(strings = {"update workflow_event set note = 'rewritten'", "delete from workflow_event",
        "truncate workflow_event", "update organisation_event set note = 'rewritten'", "truncate organisation_event"})
    void evenTheOwnerMeetsTheAppendOnlyTriggers(String sql) throws SQLException {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection owner = DriverManager.getConnection(url, EmbeddedPostgresServer.OWNER,
                EmbeddedPostgresServer.OWNER_PASSWORD); Statement statement = owner.createStatement()) {
            assertThatThrownBy(() -> statement.execute(sql)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
        }
    }

    private String single(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
