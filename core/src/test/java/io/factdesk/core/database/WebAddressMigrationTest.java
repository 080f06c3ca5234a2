package io.factdesk.core.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The migration that makes links web addresses: rows written before it lose every link that is not an
 * absolute http(s) address (evidence keeps it as its citation), and afterwards the database refuses such links.
 */
class WebAddressMigrationTest {

    static MigratedDatabase database;

    @BeforeAll
    static void migrateWithOldRows() throws SQLException {
        database = new MigratedDatabase();
        database.migrateTo("6");
        sql("""
                insert into organisation (id, slug, name, url) values (1, 'bad', 'Bad', 'javascript:alert(1)'),
                    (2, 'good', 'Good', 'https://good.example/');
                insert into claim (id, organisation_id, text, state, created_by) values (1, 1, 'c', 'SUBMITTED', 'x');
                insert into evidence (id, claim_id, url, citation, title, publisher, stance, added_by) values
                    (1, 1, 'javascript:alert(1)', null, 't', 'p', 'CONTEXT', 'x'),
                    (2, 1, ' JAVASCRIPT:alert(2)', 'Annual report', 't', 'p', 'CONTEXT', 'x'),
                    (3, 1, 'https://source.example/a', null, 't', 'p', 'CONTEXT', 'x');
                insert into appearance (id, claim_id, url) values (1, 1, 'data:text/html,x'), (2, 1, '//evil.example'),
                    (3, 1, 'HTTP://Seen.example/x'), (4, 1, 'https://');
                insert into article (id, organisation_id, title, body, imported_by, url) values
                    (1, 1, 'a', 'b', 'x', 'vbscript:msgbox(1)'), (2, 1, 'a2', 'b', 'x', 'http://article.example/');
                insert into tip (id, text, url) values (1, 't', 'javascript:alert(1)'), (2, 't', 'https://tip.example/');
                insert into webhook (id, organisation_id, url, secret, events, created_by) values
                    (1, 1, 'javascript:alert(1)', 's', 'verdict.published', 'x'),
                    (2, 1, 'https://hooks.example/', 's', 'verdict.published', 'x');
                """);
        database.migrateTo("7");
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @Test
    void linksThatAreNotWebAddressesAreGoneAndTheOthersStay() throws SQLException {
        assertThat(column("select url from organisation where id < 3 order by id"))
                .containsExactly(null, "https://good.example/");
        assertThat(column("select url from appearance order by id")).containsExactly(null, null, "HTTP://Seen.example/x",
                null);
        assertThat(column("select url from article order by id")).containsExactly(null, "http://article.example/");
        assertThat(column("select url from tip order by id")).containsExactly(null, "https://tip.example/");
        assertThat(column("select url from webhook order by id")).containsExactly("https://hooks.example/");
    }

    @Test
    void evidenceKeepsARefusedLinkAsItsCitation() throws SQLException {
        assertThat(column("select url from evidence order by id")).containsExactly(null, null, "https://source.example/a");
        assertThat(column("select citation from evidence order by id"))
                .containsExactly("javascript:alert(1)", "Annual report", null);
    }

    @Test
    void theDatabaseRefusesNewLinksThatAreNotWebAddresses() {
        for (String insert : List.of(
                "insert into appearance (claim_id, url) values (1, 'javascript:alert(1)')",
                "insert into appearance (claim_id, url) values (1, 'https:// evil.example')",
                "insert into evidence (claim_id, url, title, publisher, stance, added_by) "
                        + "values (1, 'JavaScript:alert(1)', 't', 'p', 'CONTEXT', 'x')",
                "update organisation set url = 'data:text/html,x' where id = 2",
                "update article set url = '/relative' where id = 2",
                "insert into tip (text, url) values ('t', 'vbscript:x')",
                "insert into webhook (organisation_id, url, secret, events, created_by) "
                        + "values (1, 'file:///etc/passwd', 's', 'e', 'x')")) {
            assertThatThrownBy(() -> sql(insert)).as(insert).isInstanceOf(SQLException.class)
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("23514");
        }
    }

    @Test
    void everyLinkColumnHoldsTheLongestAcceptedAddress() throws SQLException {
        String longest = "https://example.org/" + "a".repeat(1980);
        sql("insert into organisation (id, slug, name, url) values (3, 'long', 'Long', '" + longest + "')");
        assertThat(column("select length(url)::text from organisation where id = 3")).containsExactly("2000");
    }

    private static void sql(String statements) throws SQLException {
        database.sql(statements);
    }

    private static List<String> column(String query) throws SQLException {
        return database.column(query);
    }
}
