package io.factdesk.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.factdesk.web.support.Verdicts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** Finding claims again at the desk: search a published one, enter a new one after the duplicate check, bulk-tag. */
@QuarkusTest
class FindingFlowTest extends BrowserTest {

    @Inject
    Verdicts verdicts;

    private static String word() {
        StringBuilder name = new StringBuilder("Qv");
        for (int i = 0; i < 7; i++) {
            name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return name.toString();
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void anEditorFindsAPublishedClaimByItsWordsAndOpensIt() {
        String place = word();
        String text = "The " + place + " ferries carried 2 million passengers in 2025";
        verdicts.publish(text, "Harbour Office", "false", "Harbour annual report", "The report shows half that.");

        Page editor = staff("editor");
        editor.getByRole(AriaRole.LINK, named("All claims")).click();
        waitFor(editor, "/desk/claims");
        editor.getByLabel("Words in the claim or claimant").fill(place + " ferry");
        editor.getByLabel("State").selectOption("RATED");
        editor.getByRole(AriaRole.BUTTON, named("Search")).click();
        waitFor(editor, "state=RATED");
        assertThat(editor.url()).contains("q=" + place + "+ferry");
        assertThat(editor.locator("td .state").first().textContent()).as("the state in words").isEqualTo("Published");
        assertThat(editor.locator("td .rating").first().textContent()).as("the scale's badge").isEqualTo("False");
        passesQualityGates(editor);
        screenshot(editor, "desk-claims");

        editor.reload();
        assertThat(editor.getByRole(AriaRole.LINK, named(text)).count()).as("the address gives the same list")
                .isEqualTo(1);
        editor.getByRole(AriaRole.LINK, named(text)).click();
        waitFor(editor, "/desk/claims/");
        assertThat(editor.locator(".state").first().textContent()).isEqualTo("Published");
        assertThat(editor.content()).contains("/verdicts/");
        editor.getByLabel("New tag").fill("Transport");
        editor.getByRole(AriaRole.BUTTON, named("Add the tag")).click();
        waitFor(editor, "done=tagged");
        assertThat(editor.getByRole(AriaRole.LINK, named("Transport")).count()).isEqualTo(1);
        passesQualityGates(editor);
        screenshot(editor, "desk-claim-tags");
    }

    @Test
    void aReviewerEntersAClaimAfterSeeingItsEarlierChecks() {
        String place = word();
        Page reviewer = staff("reviewer");
        reviewer.navigate(url("/desk/claims/new"));
        reviewer.getByLabel("Claim (the statement to check)").fill("The mayor of " + place
                + " said crime fell by 12 percent last year.");
        reviewer.getByRole(AriaRole.BUTTON, named("Check for earlier checks")).click();
        waitFor(reviewer, "check=1");
        // The matcher always lists the closest earlier checks, however far; nothing is saved until this button.
        reviewer.locator("form[action='/desk/claims/new'] button").click();
        waitFor(reviewer, "done=created");

        reviewer.navigate(url("/desk/claims/new"));
        passesQualityGates(reviewer);
        reviewer.getByLabel("Claim (the statement to check)").fill("Crime in " + place
                + " fell 12 percent last year, the mayor said.");
        reviewer.getByLabel("Claimant (who said it, optional)").fill("The mayor");
        reviewer.getByLabel("Date it was said (optional)").fill("2026-11-02");
        reviewer.getByLabel("Where it appeared (outlet or account, optional)").fill("City News");
        reviewer.getByLabel("Web address where it appeared (optional)").fill("https://citynews.example/crime");
        reviewer.getByRole(AriaRole.BUTTON, named("Check for earlier checks")).click();
        waitFor(reviewer, "check=1");
        assertThat(reviewer.content()).contains("Earlier checks that may say the same")
                .contains("The mayor of " + place + " said crime fell by 12 percent last year.");
        passesQualityGates(reviewer);
        screenshot(reviewer, "desk-new-claim");

        reviewer.reload();
        assertThat(reviewer.getByRole(AriaRole.BUTTON, named("Create anyway")).count()).isEqualTo(1);
        reviewer.getByRole(AriaRole.BUTTON, named("Create anyway")).click();
        waitFor(reviewer, "done=created");
        assertThat(reviewer.content()).contains("Crime in " + place).contains("City News");
        assertThat(reviewer.locator(".state").first().textContent()).isEqualTo("Submitted");
    }

    @Test
    void aReviewerTagsSeveralClaimsAtOnceAndFiltersByTheTag() {
        String place = word();
        Page reviewer = staff("reviewer");
        for (String tonnes : new String[] {"5", "6", "7"}) {
            reviewer.navigate(url("/desk/claims/new"));
            reviewer.getByLabel("Claim (the statement to check)").fill("The " + place + " port handled " + tonnes
                    + " million tonnes of grain");
            reviewer.getByRole(AriaRole.BUTTON, named("Check for earlier checks")).click();
            waitFor(reviewer, "check=1");
            reviewer.locator("form[action='/desk/claims/new'] button").click();
            waitFor(reviewer, "done=created");
        }
        reviewer.navigate(url("/desk/claims?q=" + place + "&sort=oldest"));
        reviewer.locator("input[name=claim]").nth(0).check();
        reviewer.locator("input[name=claim]").nth(1).check();
        reviewer.getByLabel("Tag to add").fill("Grain " + place);
        reviewer.getByRole(AriaRole.BUTTON, named("Add the tag")).click();
        waitFor(reviewer, "done=tagged");
        assertThat(reviewer.url()).contains("q=" + place).contains("sort=oldest");
        assertThat(reviewer.locator(".notice").textContent()).isEqualTo("Tagged: 2.");
        passesQualityGates(reviewer);
        screenshot(reviewer, "desk-claims-bulk");

        reviewer.navigate(url("/desk/claims"));
        reviewer.getByLabel("Tag", new Page.GetByLabelOptions().setExact(true)).selectOption("Grain " + place);
        reviewer.getByRole(AriaRole.BUTTON, named("Search")).click();
        waitFor(reviewer, "tag=");
        assertThat(reviewer.locator("input[name=claim]").count()).isEqualTo(2);
        reviewer.getByLabel("Save this filter as").fill("Grain " + place);
        reviewer.getByRole(AriaRole.BUTTON, named("Save the filter")).click();
        waitFor(reviewer, "done=saved");
        reviewer.navigate(url("/desk/claims"));
        reviewer.getByRole(AriaRole.LINK, named("Grain " + place)).click();
        waitFor(reviewer, "tag=Grain");
        assertThat(reviewer.locator("input[name=claim]").count()).isEqualTo(2);
    }
}
