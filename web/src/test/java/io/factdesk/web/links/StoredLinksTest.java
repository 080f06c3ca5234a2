package io.factdesk.web.links;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.core.common.WebUrl;
import io.factdesk.verification.demo.DemoData;
import io.factdesk.web.support.Verdicts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import io.factdesk.devdb.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A link that is not an http(s) address (stored before the rules existed, or written to the database by hand
 * around the constraints) never becomes an href: pages show the text around it without the link, and the
 * JSON-LD and the public API leave it out.
 */
@QuarkusTest
class StoredLinksTest {

    static final String[] TABLES = {"evidence", "appearance", "organisation"};

    @Inject
    Verdicts verdicts;

    @Inject
    DataSource dataSource;

    /** The demo organisation's link before a test planted another one. */
    private String organisationUrl;

    /** Only the schema's owner may drop and add constraints; the application's own role may not. */
    private static Connection owner() throws SQLException {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        return DriverManager.getConnection(url, EmbeddedPostgresServer.OWNER, EmbeddedPostgresServer.OWNER_PASSWORD);
    }

    /** Writes a value the constraints refuse, as an old row would hold it; the constraints come back afterwards. */
    private void plant(String sql, Object parameter) throws SQLException {
        try (Connection connection = owner()) {
            try (Statement statement = connection.createStatement()) {
                for (String table : TABLES) {
                    statement.execute("alter table " + table + " drop constraint if exists " + table
                            + "_url_is_web_address");
                }
            }
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                update.setObject(1, parameter);
                assertThat(update.executeUpdate()).isPositive();
            }
        }
    }

    @AfterEach
    void neutraliseAndRestoreTheConstraints() throws SQLException {
        try (Connection connection = owner(); Statement statement = connection.createStatement()) {
            statement.execute("update evidence set url = null, citation = coalesce(citation, 'planted') "
                    + "where not is_web_address(url)");
            statement.execute("update appearance set url = null where not is_web_address(url)");
            try (PreparedStatement restore = connection.prepareStatement(
                    "update organisation set url = ?, version = version + 1 where not is_web_address(url)")) {
                restore.setString(1, organisationUrl);
                restore.executeUpdate();
            }
            for (String table : TABLES) {
                statement.execute("alter table " + table + " drop constraint if exists " + table + "_url_is_web_address");
                statement.execute("alter table " + table + " add constraint " + table
                        + "_url_is_web_address check (is_web_address(url))");
            }
        }
    }

    @Test
    void aPublicVerdictNeverLinksAStoredScriptAddress() throws SQLException {
        String slug = verdicts.publish("Planted links " + UUID.randomUUID(), "Someone", "false", "Planted evidence",
                "Analysis.");
        plant("update evidence set url = 'javascript:alert(document.domain)' where url is not null and claim_id = "
                + "(select claim_id from verdict where slug = ?)", slug);
        plant("update appearance set url = ' JAVASCRIPT:alert(1)' where claim_id = "
                + "(select claim_id from verdict where slug = ?)", slug);

        String page = given().get("/verdicts/{slug}", slug).then().statusCode(200).extract().asString();
        assertNoScriptLinks(page, "verdict page");
        assertThat(page).contains("Planted evidence");
        String json = given().get("/api/v1/verdicts/by-slug/{slug}", slug).then().statusCode(200).extract().asString();
        assertThat(json.toLowerCase(Locale.ROOT)).doesNotContain("javascript:");
    }

    @Test
    @TestSecurity(user = "admin", roles = {"reviewer", "editor", "admin"})
    void deskAndMethodologyPagesNeverLinkAStoredScriptAddress() throws SQLException {
        String slug = verdicts.publish("Planted desk links " + UUID.randomUUID(), "Someone", "false", "Desk evidence",
                "Analysis.");
        plant("update evidence set url = 'data:text/html,<script>alert(1)</script>' where url is not null and "
                + "claim_id = (select claim_id from verdict where slug = ?)", slug);
        organisationUrl = given().get("/api/v1/settings/profile").then().statusCode(200).extract().jsonPath()
                .getString("url");
        plant("update organisation set url = 'javascript:alert(document.cookie)', version = version + 1 "
                + "where slug = ?", DemoData.DEMO_ORGANISATION);
        long claim = claimOf(slug);

        assertNoScriptLinks(given().get("/desk/claims/{id}", claim).then().statusCode(200).extract().asString(),
                "desk claim page");
        assertNoScriptLinks(given().get("/methodology").then().statusCode(200).extract().asString(), "methodology");
        assertNoScriptLinks(given().get("/desk/admin").then().statusCode(200).extract().asString(), "admin page");
    }

    private long claimOf(String slug) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select claim_id from verdict where slug = ?")) {
            query.setString(1, slug);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getLong(1);
            }
        }
    }

    private static void assertNoScriptLinks(String html, String where) {
        for (Element linked : Jsoup.parse(html).select("[href], [src], [action], [formaction]")) {
            for (String attribute : new String[] {"href", "src", "action", "formaction"}) {
                String value = linked.attr(attribute).strip();
                if (value.isEmpty() || value.startsWith("/") && !value.startsWith("//") || value.startsWith("#")) {
                    continue;
                }
                assertThat(WebUrl.tryParse(value)).as("%s of %s on the %s", attribute, linked.tagName(), where)
                        .isPresent();
            }
        }
        assertThat(html.toLowerCase(Locale.ROOT)).as(where).doesNotContain("href=\"javascript:")
                .doesNotContain("href=\" javascript:").doesNotContain("href=\"data:");
    }
}
