package io.factdesk.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.factdesk.verification.demo.DemoArticles;
import io.factdesk.web.support.Verdicts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeskFlowTest extends BrowserTest {

    @Inject
    Verdicts verdicts;

    @Test
    void reviewerChecksAClaimFromAnArticleAndAnotherEditorPublishesIt() {
        Page reviewer = staff("reviewer");
        passesQualityGates(reviewer);
        screenshot(reviewer, "desk-queue");

        reviewer.navigate(url("/desk/articles"));
        reviewer.getByLabel("Title (optional: the first line is used)").fill("Seed article for the desk test");
        reviewer.getByLabel("Paste the article").fill(DemoArticles.read(DemoArticles.FILES.get(0)));
        reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import and split into sentences"))
                .click();
        reviewer.waitForURL(u -> u.matches(".*/desk/articles/\\d+$"));
        assertThat(reviewer.locator(".sentence").count()).isGreaterThan(3);
        String articleUrl = reviewer.url();
        passesQualityGates(reviewer);
        screenshot(reviewer, "article");
        worksThroughTheSentences(reviewer, articleUrl);

        reviewer.navigate(articleUrl);
        Locator sentence = reviewer.locator(".sentence").nth(1);
        sentence.locator("summary", new Locator.LocatorOptions().setHasText("Promote to a claim")).click();
        sentence.getByLabel("Claimant (who said it)").fill("Example Outlet");
        sentence.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create the claim")).click();
        reviewer.waitForURL(u -> u.contains("/desk/claims/") && u.contains("done=created"));
        String claimUrl = reviewer.url().replaceAll("\\?.*", "");

        reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take this claim")).click();
        waitFor(reviewer, "done=taken");
        addEvidence(reviewer, "Official statistics 2026", "Statistics Office", "https://stats.example.org/2026");
        addEvidence(reviewer, "Parliamentary record", "Parliament", "https://parliament.example.org/record");

        reviewer.getByLabel("Analysis").fill("The official figures **contradict** the claim.");
        reviewer.getByLabel("Proposed rating").selectOption("false");
        reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview")).click();
        assertThat(reviewer.locator(".prose strong").first().textContent()).isEqualTo("contradict");
        passesQualityGates(reviewer);
        screenshot(reviewer, "claim-review");
        reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for approval")).click();
        waitFor(reviewer, "done=submitted");
        assertThat(reviewer.locator(".state").first().textContent()).isEqualTo("Awaiting approval");
        assertThat(reviewer.locator(".review-meta .rating").textContent()).isEqualTo("False");
        assertThat(reviewer.locator("h2:has-text('History') + ol").textContent())
                .contains("Review submitted for approval by reviewer (In review → Awaiting approval)")
                .doesNotContain("ReviewSubmitted");
        assertThat(reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve and publish"))
                .count()).isZero();

        Page editor = staff("editor2");
        editor.navigate(url("/desk?queue=awaiting_my_approval"));
        assertThat(editor.content()).contains(claimUrl.replaceAll(".*(/desk/claims/\\d+)", "$1"));
        editor.navigate(claimUrl);
        passesQualityGates(editor);
        screenshot(editor, "claim-approve");
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve and publish")).click();
        waitFor(editor, "done=approved");
        assertThat(editor.locator(".state").first().textContent()).isEqualTo("Published");
        assertThat(editor.locator("h2:has-text('History') + ol").textContent())
                .contains("Rating approved and published by editor2 (Awaiting approval → Published)");

        editor.locator("a[href^='/verdicts/']").first().click();
        waitFor(editor, "/verdicts/");
        assertThat(editor.locator(".verdict-rating").textContent()).contains("False");
        assertThat(editor.content()).contains("Official statistics 2026").contains("Parliamentary record");
    }

    @Test
    void staffLogOutWithTheButtonAndLandOnThePublicHomePageLoggedOut() {
        Page reviewer = staff("reviewer");
        reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
        reviewer.waitForURL(u -> u.equals(url("/")), new Page.WaitForURLOptions().setTimeout(15_000));
        assertThat(reviewer.content()).doesNotContain("Signed in as");
        reviewer.navigate(url("/desk"));
        assertThat(reviewer.url()).as("the desk asks for a login again").doesNotContain("/desk");
        passesQualityGates(staff("reviewer"));
    }

    @Test
    void aLinkToLogoutDoesNotLogAnyoneOut() {
        Page reviewer = staff("reviewer");
        reviewer.navigate(url("/logout"));
        reviewer.navigate(url("/desk"));
        assertThat(reviewer.content()).contains("Signed in as");
    }

    @Test
    void anEditorCannotApproveTheirOwnReview() {
        long claimId = verdicts.reviewedBy("editor", "The river carries twice as much water as last year");
        Page editor = staff("editor");
        editor.navigate(url("/desk/claims/" + claimId));
        assertThat(editor.locator(".refusal").count()).as("refusal on %s:%n%s", editor.url(), editor.content())
                .isEqualTo(1);
        assertThat(editor.locator(".refusal").textContent())
                .contains("You wrote this review; another editor must approve it.");
        assertThat(editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve and publish"))
                .count()).isZero();
        screenshot(editor, "four-eyes");
    }

    /** Sorts by score, filters by a flag kind, reloads the address, and follows a name variant's link. */
    private void worksThroughTheSentences(Page reviewer, String articleUrl) {
        // Other demo articles (the Ukrainian one too) bring more name variants: follow the one for Zelensky.
        Locator variant = reviewer.locator(".article-flags .flag-item",
                new Page.LocatorOptions().setHas(reviewer.locator("q.trigger", new Page.LocatorOptions()
                        .setHasText("Vladimir Zelensky")))).first();
        assertThat(variant.locator(".chip").textContent()).isEqualTo("Name variant");
        assertThat(variant.locator("q.trigger").textContent()).isEqualTo("Vladimir Zelensky");
        assertThat(reviewer.locator(".sentence mark.hl-name-variant").allTextContents())
                .contains("Vladimir Zelensky");

        reviewer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Highest score first")).click();
        waitFor(reviewer, "sort=score");
        List<Double> scores = reviewer.locator(".sentence .score-value").allTextContents().stream()
                .map(Double::valueOf).toList();
        assertThat(scores).hasSizeGreaterThan(3).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        passesQualityGates(reviewer);

        reviewer.locator(".reading-controls a", new Page.LocatorOptions().setHasText("Hedge")).click();
        waitFor(reviewer, "flag=HEDGE");
        assertThat(reviewer.url()).contains("sort=score");
        Locator hedged = reviewer.locator(".sentence");
        int shown = hedged.count();
        assertThat(shown).isPositive().isLessThan(scores.size());
        for (int i = 0; i < shown; i++) {
            assertThat(hedged.nth(i).locator("mark.hl-hedge").count()).as("sentence %d marks its hedge", i)
                    .isPositive();
            assertThat(hedged.nth(i).locator(".chip-hedge").first().textContent()).isEqualTo("Hedge");
        }
        passesQualityGates(reviewer);
        screenshot(reviewer, "article-filtered");
        reviewer.reload();
        assertThat(reviewer.locator(".sentence").count()).as("the filtered address reloads").isEqualTo(shown);

        reviewer.navigate(articleUrl);
        Locator otherArticle = reviewer.locator(".article-flags .flag-item",
                new Page.LocatorOptions().setHas(reviewer.locator("q.trigger", new Page.LocatorOptions()
                        .setHasText("Vladimir Zelensky")))).first().locator("a").first();
        String linkText = otherArticle.textContent();
        otherArticle.click();
        waitFor(reviewer, "flag=NAME_VARIANT");
        assertThat(reviewer.url()).doesNotStartWith(articleUrl + "?");
        assertThat(linkText).startsWith("in article ");
        assertThat(reviewer.locator(".sentence mark.hl-name-variant").count())
                .as("marked name variant on %s:%n%s", reviewer.url(), reviewer.locator("main").innerHTML())
                .isPositive();
        assertThat(reviewer.locator(".sentence .flag-item .spellings li").allTextContents())
                .as("the other article links back").anyMatch(t -> t.contains("Seed article for the desk test"));
        passesQualityGates(reviewer);
    }

    private static void addEvidence(Page page, String title, String publisher, String url) {
        page.locator("summary", new Page.LocatorOptions().setHasText("Add evidence")).click();
        page.getByLabel("Title of the source").fill(title);
        page.getByLabel("Publisher").fill(publisher);
        page.getByLabel("Web address", new Page.GetByLabelOptions().setExact(true)).fill(url);
        page.getByLabel("What it shows").selectOption("REFUTES");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add evidence")).click();
        waitFor(page, "done=evidence-added");
    }

}
