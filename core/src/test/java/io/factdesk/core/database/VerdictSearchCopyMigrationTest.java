package io.factdesk.core.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The copy of the current revision's search vectors on the verdict row (V35), which public search ranks: filled
 * for verdicts published before it, and kept in step by the database whoever writes, in either order.
 */
class VerdictSearchCopyMigrationTest {

    static MigratedDatabase database;

    @BeforeAll
    static void migrateWithAPublishedVerdict() throws SQLException {
        database = new MigratedDatabase();
        database.migrateTo("34");
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
        database.migrateTo("35");
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
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
        database.sql(statements);
    }

    private static List<String> column(String query) throws SQLException {
        return database.column(query);
    }
}
