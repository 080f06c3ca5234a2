package io.factdesk.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import io.factdesk.web.support.ClaimsInReview;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Nothing typed is lost: a review sent after the login ended is back in the form after the next login, and every
 * address a form leads to survives a reload.
 */
@QuarkusTest
class SessionExpiryFlowTest extends BrowserTest {

    @Inject
    ClaimsInReview claims;

    /** The login ends as if the reviewer had been away too long: the browser no longer holds a session. */
    private static void endTheLogin(Page page) {
        BrowserContext context = page.context();
        List<Cookie> kept = context.cookies().stream().filter(c -> !c.name.startsWith("q_session")).toList();
        context.clearCookies();
        context.addCookies(kept);
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void aReviewSentAfterTheLoginEndedIsInTheFormAfterTheNextLogin() {
        long claim = claims.takenBy("reviewer", "The harbour handled " + UUID.randomUUID() + " ships in May");
        Page reviewer = staff("reviewer");
        reviewer.navigate(url("/desk/claims/" + claim));
        reviewer.getByLabel("Analysis").fill("Port records show 312 ships.");
        reviewer.getByLabel("Proposed rating").selectOption("false");
        reviewer.getByText("Draft saved at").first().waitFor();

        String analysis = "Port records show 312 ships. The minister counted ferries twice.";
        reviewer.getByLabel("Analysis").fill(analysis);
        endTheLogin(reviewer);
        reviewer.getByRole(AriaRole.BUTTON, named("Submit for approval")).click();

        reviewer.getByRole(AriaRole.BUTTON, named("reviewer")).click();
        waitFor(reviewer, "/desk/claims/" + claim + "/review");
        reviewer.getByText("Restored your unsaved draft from").first().waitFor();
        assertThat(reviewer.getByLabel("Analysis").inputValue()).isEqualTo(analysis);
        assertThat(reviewer.getByLabel("Proposed rating").inputValue()).isEqualTo("false");
        passesQualityGates(reviewer);
        screenshot(reviewer, "draft-restored");

        reviewer.getByRole(AriaRole.BUTTON, named("Submit for approval")).click();
        waitFor(reviewer, "done=submitted");
        assertThat(reviewer.content()).contains("The minister counted ferries twice.");
        reviewer.navigate(url("/desk/claims/" + claim));
        assertThat(reviewer.content()).doesNotContain("Restored your unsaved draft");
    }

    @Test
    void theSessionOutlivesItsIdTokenByTheIdleTime() {
        Page reviewer = staff("reviewer");
        Cookie session = reviewer.context().cookies().stream().filter(c -> c.name.startsWith("q_session"))
                .findFirst().orElseThrow();
        // The test ID tokens live 10 hours; the session outlives its ID token by the idle time (30 minutes), in
        // which a request renews the tokens.
        Instant expires = Instant.ofEpochSecond(session.expires.longValue());
        assertThat(Duration.between(Instant.now(), expires)).isGreaterThan(Duration.ofHours(10).plusMinutes(29))
                .isLessThan(Duration.ofHours(10).plusMinutes(31));
    }

    @Test
    void everyAddressAFormLeadsToSurvivesAReload() {
        long claim = claims.takenBy("reviewer", "The harbour dredged " + UUID.randomUUID() + " tonnes of silt");
        Page reviewer = staff("reviewer");
        reviewer.navigate(url("/desk/claims/" + claim));
        reviewer.getByLabel("Analysis").fill("The dredging log shows **half** of that.");
        reviewer.getByRole(AriaRole.BUTTON, named("Preview")).click();
        waitFor(reviewer, "/desk/claims/" + claim + "/review");
        reviewer.reload();
        assertThat(reviewer.url()).endsWith("/desk/claims/" + claim + "/review");
        assertThat(reviewer.locator(".prose strong").last().textContent()).isEqualTo("half");
        assertThat(reviewer.getByLabel("Analysis").inputValue()).isEqualTo("The dredging log shows **half** of that.");

        reviewer.getByRole(AriaRole.BUTTON, named("Submit for approval")).click();
        reviewer.reload();
        assertThat(reviewer.url()).endsWith("/desk/claims/" + claim + "/review");
        assertThat(reviewer.content()).contains("Choose the rating you propose.")
                .doesNotContain("Something went wrong");
        passesQualityGates(reviewer);
        screenshot(reviewer, "review-kept");

        Page reader = reader();
        reader.navigate(url("/tips/new"));
        reader.getByLabel("The claim").fill("The harbour master said the quay is 2 km long.");
        reader.locator("#notify").check();
        reader.getByRole(AriaRole.BUTTON, named("Send the claim")).click();
        waitFor(reader, "/tips/new?returned=tip");
        reader.reload();
        assertThat(reader.getByLabel("The claim").inputValue())
                .as("a reload of the returned tip form keeps the reader's text")
                .isEqualTo("The harbour master said the quay is 2 km long.");
        assertThat(reader.locator("#contact-error").count()).isEqualTo(1);
        assertThat(reader.locator("#notify").isChecked()).isTrue();
        passesQualityGates(reader);
        screenshot(reader, "tip-returned");
        reader.locator("#contact").fill("reader@example.net");
        reader.getByRole(AriaRole.BUTTON, named("Send the claim")).click();
        waitFor(reader, "/tips/thanks");
        reader.reload();
        assertThat(reader.locator("h1").textContent()).contains("Thank you");
        reader.navigate(url("/tips"));
        assertThat(reader.url()).endsWith("/tips/new");
        assertThat(reader.getByLabel("The claim").count()).isEqualTo(1);
    }
}
