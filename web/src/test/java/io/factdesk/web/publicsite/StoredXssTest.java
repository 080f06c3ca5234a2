package io.factdesk.web.publicsite;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.web.support.Verdicts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Script payloads stored in claim text, evidence titles and Markdown render as inert text on every page. */
@QuarkusTest
class StoredXssTest {

    static final String SCRIPT = "<script>window.pwned=1</script>";
    static final String IMG = "<img src=x onerror=\"window.pwned=1\">";

    @Inject
    Verdicts verdicts;

    @Test
    void payloadsInClaimEvidenceAndMarkdownRenderInert() {
        String slug = verdicts.publish("Payload claim " + SCRIPT + IMG, "Claimant " + IMG,
                "false", "Evidence " + SCRIPT + IMG,
                "Analysis " + SCRIPT + "\n\n" + IMG + "\n\n[click](javascript:alert(1)) <a href=\"#\" onclick=\"x()\">a</a>");
        for (String path : new String[] {"/verdicts/" + slug, "/", "/search?q=payload", "/feed.atom"}) {
            String body = given().when().get(path).then().statusCode(200).extract().asString();
            assertThat(body).as(path).doesNotContain(SCRIPT).doesNotContain("<img src=x");
            if (!path.endsWith(".atom")) {
                assertInert(Jsoup.parse(body), path);
            }
        }
        String verdict = given().when().get("/verdicts/" + slug).then().extract().asString();
        assertThat(verdict).contains("&lt;script&gt;window.pwned=1&lt;/script&gt;");
    }

    private static void assertInert(Document page, String path) {
        for (Element script : page.select("script")) {
            assertThat(script.attr("type")).as("only JSON-LD scripts on %s", path).isEqualTo("application/ld+json");
            assertThat(script.data()).doesNotContain("</script").doesNotContain("<img");
        }
        for (Element element : page.getAllElements()) {
            element.attributes().forEach(attribute -> assertThat(attribute.getKey())
                    .as("event handler attribute on %s", path).doesNotStartWith("on"));
            if (element.hasAttr("href")) {
                assertThat(element.attr("href")).as(path).doesNotStartWithIgnoringCase("javascript:");
            }
        }
        assertThat(page.select("img")).as(path).isEmpty();
    }
}
