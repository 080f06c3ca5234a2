package io.factdesk.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.factdesk.web.support.Verdicts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** A reader meets a corrected verdict: the note by the rating, the history, and an earlier revision as published. */
@QuarkusTest
class CorrectionsFlowTest extends BrowserTest {

    @Inject
    Verdicts verdicts;

    @Test
    void aReaderReadsACorrectedVerdictAndOpensTheEarlierRevision() {
        String slug = verdicts.publish("The coastal railway carries forty million passengers a year", "Rail Minister",
                "false", "Passenger statistics 2025", "The operator counted **31 million** passengers.");
        verdicts.correct(slug, "The operator published revised figures: 38 million passengers.", "mostly-false");

        Page page = reader();
        page.navigate(url("/search?q=coastal+railway"));
        assertThat(page.locator("article.card .flag").allTextContents()).contains("Corrected");
        passesQualityGates(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("The coastal railway carries forty million passengers a year")).click();
        waitFor(page, "/verdicts/" + slug);

        assertThat(page.locator(".verdict-rating").textContent()).contains("Mostly false");
        assertThat(page.locator(".correction-beside").textContent())
                .contains("The operator published revised figures: 38 million passengers.")
                .contains("Until this correction the rating was False.");
        assertThat(page.locator("#revision-history + ol li").count()).isEqualTo(2);
        passesQualityGates(page);
        screenshot(page, "verdict-corrected");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Read revision 1 as it was published"))
                .click();
        waitFor(page, "/verdicts/" + slug + "/revisions/1");
        assertThat(page.locator(".verdict-rating").textContent()).contains("False").doesNotContain("Mostly");
        assertThat(page.locator(".banner").textContent()).contains("revision 1 of 2");
        assertThat(page.locator("script[type='application/ld+json']").count()).isZero();
        passesQualityGates(page);
        screenshot(page, "verdict-revision");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Read the current verdict")).click();
        waitFor(page, "/verdicts/" + slug);
        assertThat(page.url()).endsWith("/verdicts/" + slug);
    }
}
