package io.factdesk.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A reader finds the demo's Ukrainian verdict by a name in Cyrillic, keeps only Ukrainian claims, reads the
 * verdict (its content marked as Ukrainian, its rating named in Ukrainian) and switches to the English one.
 */
@QuarkusTest
class UkrainianReaderFlowTest extends BrowserTest {

    @Test
    void readerSearchesInUkrainianReadsTheVerdictAndSwitchesToItsEnglishTranslation() {
        Page page = reader();
        page.navigate(url("/search"));
        page.getByLabel("Words in the claim or claimant").fill("Свириденко");
        page.getByLabel("Language of the claim").selectOption(new SelectOption().setLabel("Українська"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        page.waitForURL(u -> u.contains("language=uk"));
        assertThat(page.content()).contains("1 verdict found");
        passesQualityGates(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Так: Свириденко заявила, що угоду про дрони ухвалили президенти")).click();
        page.waitForURL(u -> u.contains("/verdicts/"));
        assertThat(page.locator("h1").getAttribute("lang")).isEqualTo("uk");
        assertThat(page.locator(".verdict-rating").textContent()).contains("Правда");
        passesQualityGates(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        page.waitForCondition(() -> page.locator("h1").textContent().startsWith("Yes: Svyrydenko"));
        assertThat(page.locator(".verdict-rating").textContent()).contains("True");
        assertThat(page.locator("nav.translations a[hreflang=uk]").textContent()).isEqualTo("Українська");
        passesQualityGates(page);
    }
}
