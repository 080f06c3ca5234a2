package io.factdesk.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.factdesk.web.support.Verdicts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReaderFlowTest extends BrowserTest {

    @Inject
    Verdicts verdicts;

    @Test
    void theBrowserBlocksInlineScriptAndTheViolationIsSeen() {
        Page page = reader();
        Response answer = page.navigate(url("/"));
        assertThat(answer.headers().get("content-security-policy")).contains("default-src 'self'");
        page.evaluate("() => { const s = document.createElement('script'); s.textContent = 'window.ran = true';"
                + " document.body.appendChild(s); }");
        page.waitForCondition(() -> !VIOLATIONS.isEmpty());
        assertThat(page.evaluate("() => window.ran === true")).isEqualTo(false);
        assertThat(VIOLATIONS).anySatisfy(v -> assertThat(v).contains("script-src"));
        VIOLATIONS.clear();
    }

    @Test
    void readerFindsAVerdictBySearchAndOpensIt() {
        String slug = verdicts.publish("The harbour bridge cost twelve billion euros to build", "Senator Max Mustermann",
                "mostly-false", "Bridge construction accounts", "The audited accounts show **3.1 billion** euros.");
        Page page = reader();
        page.navigate(url("/"));
        passesQualityGates(page);
        screenshot(page, "home");

        page.getByLabel("Words in the claim or claimant").fill("harbour bridge");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        page.waitForURL(u -> u.contains("/search"));
        assertThat(page.content()).contains("1 verdict found");
        passesQualityGates(page);
        screenshot(page, "search");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("The harbour bridge cost twelve billion euros to build")).click();
        page.waitForURL(u -> u.endsWith("/verdicts/" + slug));
        assertThat(page.locator("h1").textContent()).contains("harbour bridge");
        assertThat(page.locator(".verdict-rating").textContent()).contains("Mostly false");
        assertThat(page.content()).contains("Bridge construction accounts").contains("<strong>3.1 billion</strong>");
        assertThat(page.locator("script[type='application/ld+json']").textContent()).contains("ClaimReview");
        passesQualityGates(page);
        screenshot(page, "verdict");
    }

    @Test
    void methodologyAndTipPagesPassTheGatesAndATipIsConfirmed() {
        Page page = reader();
        page.navigate(url("/methodology"));
        assertThat(page.content()).contains("Pants on fire");
        passesQualityGates(page);
        screenshot(page, "methodology");

        page.navigate(url("/tips/new"));
        passesQualityGates(page);
        page.getByLabel("The claim").fill("The minister said unemployment halved in a year.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the claim")).click();
        waitFor(page, "/tips/thanks");
        assertThat(page.locator("h1").textContent()).contains("Thank you");
        screenshot(page, "tip-thanks");
    }
}
