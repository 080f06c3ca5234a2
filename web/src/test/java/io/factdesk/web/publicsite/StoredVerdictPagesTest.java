package io.factdesk.web.publicsite;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.verdict.VerdictTranslations;
import io.factdesk.web.support.Verdicts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Verdict pages stored once rendered ({@code web.caching.StoredVerdictPages}, V36): a first read on any instance
 * is answered from the stored page while it shows the verdict's current version, with the request's own address
 * in its links, and anything the page shows moving makes it render again.
 */
@QuarkusTest
class StoredVerdictPagesTest {

    private static final String STORED = "<p id=\"from-store\">stored</p></main>";

    @Inject
    Verdicts verdicts;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    VerdictTranslations translations;

    @Test
    void aRenderedPageIsStoredWithoutTheRequestsAddressAndServedToAnyHostWithItsOwn() throws SQLException {
        String slug = verdicts.publish("The harbour tunnel cost twice its budget", "Mayor Lena Ruud", "false",
                "Harbour audit 2025", "It cost **12 percent** more.");
        String first = given().get("/verdicts/" + slug).then().statusCode(200).extract().asString();
        assertThat(first).contains("<link rel=\"canonical\" href=\"http://localhost:" + RestAssured.port
                + "/verdicts/" + slug + "\">");

        List<String> stored = strings("select p.language || '|' || p.html from public_page p join verdict v"
                + " on v.id = p.verdict_id where v.slug = ?", slug);
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0)).startsWith("en|").contains("<strong>12 percent</strong>")
                .contains("factdesk-stored-page.invalid/verdicts/" + slug).doesNotContain("localhost:" + RestAssured.port);

        // Another host misses this instance's memory, so its answer comes from the stored row.
        update("update public_page set html = replace(html, '</main>', ?) where verdict_id = "
                + "(select id from verdict where slug = ?)", STORED, slug);
        String other = given().header("Host", "news.example.org").get("/verdicts/" + slug)
                .then().statusCode(200).extract().asString();
        assertThat(other).contains("id=\"from-store\"")
                .contains("<link rel=\"canonical\" href=\"http://news.example.org/verdicts/" + slug + "\">")
                .contains("hreflang=\"uk\" href=\"http://news.example.org/verdicts/" + slug + "?lang=uk\"")
                .doesNotContain("factdesk-stored-page.invalid").doesNotContain("localhost:" + RestAssured.port);
    }

    @Test
    void aCorrectionRendersThePageAgain() throws SQLException {
        String slug = verdicts.publish("Tram line 4 carries 90,000 riders a day", "Transit Board", "false",
                "Ridership report 2025", "About 30,000 a day.");
        given().get("/verdicts/" + slug).then().statusCode(200);
        update("update public_page set html = replace(html, '</main>', ?) where verdict_id = "
                + "(select id from verdict where slug = ?)", STORED, slug);
        assertThat(given().header("Host", "a.example.org").get("/verdicts/" + slug).then().statusCode(200)
                .extract().asString()).contains("id=\"from-store\"");

        verdicts.correct(slug, "The ridership figure was for two lines.", "false");

        String page = given().header("Host", "b.example.org").get("/verdicts/" + slug).then().statusCode(200)
                .extract().asString();
        assertThat(page).doesNotContain("id=\"from-store\"").contains("The ridership figure was for two lines.");
        assertThat(strings("select p.html from public_page p join verdict v on v.id = p.verdict_id"
                + " where v.slug = ?", slug)).singleElement().asString()
                .contains("The ridership figure was for two lines.").doesNotContain("from-store");
    }

    @Test
    void aRenamedRatingMovesThePagesVersionAndShowsOnTheStoredPage() throws SQLException {
        String slug = verdicts.publish("The new bridge opened two years early", "Roads Agency", "false",
                "Bridge works log 2025", "It opened on schedule.");
        String etag = given().get("/verdicts/" + slug).then().statusCode(200).extract().header("ETag");
        String label = strings("select r.label from rating r join verdict v on v.organisation_id = r.organisation_id"
                + " where v.slug = ? and r.code = 'false'", slug).get(0);
        try {
            update("update rating set label = ? where code = 'false' and organisation_id = "
                    + "(select organisation_id from verdict where slug = ?)", "Plainly untrue", slug);
            var again = given().header("Host", "c.example.org").get("/verdicts/" + slug).then().statusCode(200)
                    .extract();
            assertThat(again.header("ETag")).isNotEqualTo(etag);
            assertThat(again.asString()).contains("Plainly untrue");
        } finally {
            update("update rating set label = ? where code = 'false' and organisation_id = "
                    + "(select organisation_id from verdict where slug = ?)", label, slug);
        }
        assertThat(given().get("/verdicts/" + slug).then().statusCode(200).extract().asString())
                .doesNotContain("Plainly untrue").contains(label);
    }

    @Test
    void aChangeToALinkedTranslationMovesThePagesVersion() throws SQLException {
        String original = verdicts.publish("The ferry to the islands was cancelled for a month", "Ferry Company",
                "false", "Sailing log 2025", "It sailed on 27 of 30 days.");
        String translation = verdicts.publishIn("uk", "Пором на острови скасували на місяць", "Ferry Company", null,
                "false", "Sailing log 2025", "Він ходив 27 днів із 30.");
        translations.link(verdicts.actor("editor", StaffRole.REVIEWER, StaffRole.EDITOR), id(translation),
                id(original));
        var first = given().get("/verdicts/" + original).then().statusCode(200).extract();
        assertThat(first.asString()).contains("href=\"/verdicts/" + translation + "\"");

        // What a new revision of the translation does to the row (its headline is listed on the original's page).
        update("update verdict set updated_at = now() + interval '1 second' where slug = ?", translation);
        var again = given().header("Host", "e.example.org").get("/verdicts/" + original).then().statusCode(200)
                .extract();
        assertThat(again.header("ETag")).isNotEqualTo(first.header("ETag"));
        assertThat(again.header("Last-Modified")).isNotEqualTo(first.header("Last-Modified"));
    }

    @Test
    void pagesAskedForWithAQueryAreNotStored() throws SQLException {
        String slug = verdicts.publish("School meals are free in every district", "Education Office", "false",
                "District meal policies 2025", "Free in three of nine districts.");
        given().get("/verdicts/" + slug + "?utm_source=feed").then().statusCode(200);
        given().get("/verdicts/" + slug + "?lang=uk").then().statusCode(200);
        assertThat(strings("select p.language from public_page p join verdict v on v.id = p.verdict_id"
                + " where v.slug = ?", slug)).isEmpty();
        given().header("Accept-Language", "uk").get("/verdicts/" + slug).then().statusCode(200);
        assertThat(strings("select p.language from public_page p join verdict v on v.id = p.verdict_id"
                + " where v.slug = ?", slug)).containsExactly("uk");
    }

    @Test
    void aPageAskedForWithAQueryIsNotServedToTheNextPlainRead() {
        String slug = verdicts.publish("Every library opens on Sundays", "Culture Office", "false",
                "Library opening hours 2025", "Four of eleven open on Sundays.");
        assertThat(given().get("/verdicts/" + slug + "?utm_source=feed").then().statusCode(200).extract().asString())
                .contains("href=\"/verdicts/" + slug + "?utm_source=feed&amp;lang=uk\"");
        assertThat(given().get("/verdicts/" + slug).then().statusCode(200).extract().asString())
                .contains("href=\"/verdicts/" + slug + "?lang=uk\"").doesNotContain("utm_source");
    }

    @Test
    void anUnknownVerdictIsStill404() {
        given().get("/verdicts/no-such-verdict-anywhere").then().statusCode(404);
    }

    private long id(String slug) throws SQLException {
        return Long.parseLong(strings("select id from verdict where slug = ?", slug).get(0));
    }

    private List<String> strings(String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    private void update(String sql, String... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
