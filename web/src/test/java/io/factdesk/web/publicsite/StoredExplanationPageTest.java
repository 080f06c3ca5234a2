package io.factdesk.web.publicsite;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.web.support.Verdicts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The verdict page shows the explanation HTML stored at publication (V33), not a rendering of its own. */
@QuarkusTest
class StoredExplanationPageTest {

    @Inject
    Verdicts verdicts;

    @Inject
    EntityManager em;

    @Test
    void theVerdictPageAndItsRevisionPageServeTheStoredHtml() {
        String slug = verdicts.publish("The tunnel cost nine billion", "Transport Minister", "false",
                "Tunnel accounts", "The **accounts** show six billion.");
        String published = Jsoup.parse(given().get("/verdicts/" + slug).then().statusCode(200).extract().asString())
                .select(".prose").html();
        assertThat(published).contains("<strong>accounts</strong>");

        // Changing only the stored HTML (and the verdict's last change, as a publication does) changes the page.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    update verdict_revision r set explanation_html = '<p>Stored <em>at publication</em></p>'
                    from verdict v where v.id = r.verdict_id and v.slug = :slug""")
                    .setParameter("slug", slug).executeUpdate();
            em.createNativeQuery("update verdict set updated_at = :now where slug = :slug")
                    .setParameter("now", Instant.now()).setParameter("slug", slug).executeUpdate();
        });

        for (String path : new String[] {"/verdicts/" + slug, "/verdicts/" + slug + "/revisions/1"}) {
            String body = given().get(path).then().statusCode(200).extract().asString();
            assertThat(Jsoup.parse(body).select(".prose").html()).as(path)
                    .isEqualTo("<p>Stored <em>at publication</em></p>");
        }
    }
}
