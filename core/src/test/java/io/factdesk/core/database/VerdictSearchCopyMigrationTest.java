package io.factdesk.core.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.devdb.EmbeddedPostgresServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The copy of the current revision's search vectors on the verdict row (V35), which public search ranks: filled
 * for verdicts published before it, and kept in step by the database whoever writes, in either order.
 */
class VerdictSearchCopyMigrationTest {

    static EmbeddedPostgres postgres;

    @BeforeAll
    static void migrateWithAPublishedVerdict() throws SQLException {
        postgres = EmbeddedPostgresServer.startStandalone();
        migrateTo("34");
        sql("""
                insert into organisation (id, slug, name) values (1, 'desk', 'Desk');
                insert into claim (id, organisation_id, text, state, created_by) values
                    (1, 1, 'The bridge cost four billion', 'RATED', 'x'),
                    (2, 1, 'The harbour was sold', 'RATED', 'x');
                insert into review (id, claim_id, round, author, analysis, headline, summary, proposed_rating, status)
                    values (1, 1, 1, 'x', 'a', 'h', 's', 'false', 'APPROVED'),
                           (2, 2, 1, 'x', 'a', 'h', 's', 'false', 'APPROVED');
                insert into verdict (id, claim_id, organisation_id, slug, first_published_at, updated_at)
                    values (1, 1, 1, 'bridge', now(), now());
                insert into verdict_revision (verdict_id, revision, review_id, rating_code, headline, summary,
                        explanation, approvers, published_at, claim_text, search_terms)
                    values (1, 1, 1, 'false', 'h', 's', 'e', 'x', now(), 'The bridge cost four billion', 'bridg');
                """);
        migrateTo("35");
    }

    private static void migrateTo(String version) {
        Flyway.configure().dataSource(postgres.getJdbcUrl("postgres", "factdesk"), "postgres", "postgres")
                .locations("classpath:db/migration").placeholders(Map.of("app_role", "factdesk_app"))
                .target(version).load().migrate();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void verdictsPublishedBeforeTheMigrationCarryTheirCurrentRevisionsWords() throws SQLException {
        assertThat(matches(1, "bridge")).isTrue();
        assertThat(column("select search_terms_vector::text from verdict where id = 1")).containsExactly("'bridg'");
    }

    @Test
    void aVerdictWrittenBeforeOrAfterItsRevisionGetsItsWords() throws SQLException {
        sql("""
                insert into verdict (id, claim_id, organisation_id, slug, first_published_at, updated_at)
                    values (2, 2, 1, 'harbour', now(), now());
                insert into verdict_revision (verdict_id, revision, review_id, rating_code, headline, summary,
                        explanation, approvers, published_at, claim_text)
                    values (2, 1, 2, 'false', 'h', 's', 'e', 'x', now(), 'The harbour was sold');
                """);
        assertThat(matches(2, "harbour")).isTrue();

        sql("""
                insert into verdict_revision (verdict_id, revision, review_id, rating_code, headline, summary,
                        explanation, approvers, published_at, claim_text)
                    values (2, 2, 2, 'false', 'h', 's', 'e', 'x', now(), 'The harbour was sold twice');
                update verdict set current_revision = 2 where id = 2;
                """);
        assertThat(matches(2, "twice")).isTrue();
    }

    @Test
    void onlyTheCurrentRevisionIsCopiedAndItsTermsFollowWhenFilledLater() throws SQLException {
        sql("""
                insert into claim (id, organisation_id, text, state, created_by) values (3, 1, 'x', 'RATED', 'x');
                insert into review (id, claim_id, round, author, analysis, headline, summary, proposed_rating, status)
                    values (3, 3, 1, 'x', 'a', 'h', 's', 'false', 'APPROVED');
                insert into verdict (id, claim_id, organisation_id, slug, first_published_at, updated_at)
                    values (3, 3, 1, 'tunnel', now(), now());
                insert into verdict_revision (verdict_id, revision, review_id, rating_code, headline, summary,
                        explanation, approvers, published_at, claim_text)
                    values (3, 1, 3, 'false', 'h', 's', 'e', 'x', now(), 'The tunnel opened late'),
                           (3, 2, 3, 'false', 'h', 's', 'e', 'x', now(), 'The tunnel opened on time');
                update verdict set current_revision = 2 where id = 3;
                update verdict_revision set claim_text = 'The tunnel collapsed' where verdict_id = 3 and revision = 1;
                """);
        assertThat(matches(3, "time")).isTrue();
        assertThat(matches(3, "collapsed")).as("a revision that is not current").isFalse();
        assertThat(matches(3, "late")).as("the words of the revision before").isFalse();

        sql("update verdict_revision set search_terms = 'tunel' where verdict_id = 3 and revision = 2");
        assertThat(column("select search_terms_vector::text from verdict where id = 3")).containsExactly("'tunel'");
    }

    private static boolean matches(long verdict, String word) throws SQLException {
        return column("select (search_vector @@ plainto_tsquery('english', '" + word + "'))::text from verdict"
                + " where id = " + verdict).equals(List.of("true"));
    }

    private static void sql(String statements) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(statements);
        }
    }

    private static List<String> column(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(postgres.getJdbcUrl("postgres", "factdesk"), "postgres", "postgres");
    }
}
