package io.factdesk.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.factdesk.core.staff.StaffProfile;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.core.tip.Tip;
import io.factdesk.verification.tip.TipDraft;
import io.factdesk.verification.tip.TipService;
import io.factdesk.verification.workflow.ReviewWorkflow;
import io.factdesk.web.support.Verdicts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A reader's tip reaches the desk's inbox, is merged and becomes a claim; a returned review rings the bell. */
@QuarkusTest
class TipsAndNotificationsFlowTest extends BrowserTest {

    @Inject
    TipService tips;

    @Inject
    Verdicts verdicts;

    @Inject
    ReviewWorkflow workflow;

    @Test
    void aReadersTipIsReadMergedAndTurnedIntoAClaimInTheInbox() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        Page reader = remembered(browser.newContext().newPage());
        reader.navigate(url("/tips/new"));
        reader.locator("#text")
                .fill("The new stadium cost 3 billion " + marker);
        reader.locator("#contact").fill("fan-" + marker + "@example.net");
        reader.getByLabel("E-mail me once when the verdict is published").check();
        passesQualityGates(reader);
        screenshot(reader, "tip-form");
        reader.locator("form[action='/tips'] button[type=submit]").click();
        waitFor(reader, "/tips/thanks");
        long readerTip = QuarkusTransaction.requiringNew().call(() -> Tip.<Tip>find("text",
                "The new stadium cost 3 billion " + marker).firstResult().id);
        long duplicate = tips.submit(new TipDraft("Did the stadium really cost 3bn? " + marker, null, null, null),
                "10.6." + marker, null).id();

        Page editor = staff("editor");
        editor.navigate(url("/desk/tips"));
        assertThat(editor.content()).contains("The new stadium cost 3 billion " + marker);
        passesQualityGates(editor);
        screenshot(editor, "desk-tips");

        editor.navigate(url("/desk/tips/" + duplicate));
        editor.getByLabel("Number of the tip this one repeats").fill(String.valueOf(readerTip));
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Merge")).click();
        waitFor(editor, "/desk/tips/" + readerTip + "?done=merged");
        assertThat(editor.locator(".score").textContent()).isEqualTo("2");
        assertThat(editor.content()).contains("The reader asked to be e-mailed once");
        passesQualityGates(editor);
        screenshot(editor, "desk-tip");

        editor.getByLabel("Claimant (who said it, optional)").fill("City council");
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the claim")).click();
        waitFor(editor, "done=created");
        assertThat(editor.content()).contains("The new stadium cost 3 billion " + marker);
        editor.reload();
        waitFor(editor, "done=created");
    }

    @Test
    void theBellShowsAReturnedReviewAndTheNotificationOpensTheClaim() {
        Page author = staff("editor3");
        await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew().call(
                () -> StaffProfile.findByUsername("editor3").map(p -> p.email).orElse(null)) != null);
        assertThat(QuarkusTransaction.requiringNew().call(() -> StaffProfile.findByUsername("editor3")
                .orElseThrow().email)).isEqualTo("editor3@example.com");

        long claimId = verdicts.reviewedBy("editor3", "Bus fares doubled " + UUID.randomUUID());
        workflow.returnForWork(verdicts.actor("editor2", StaffRole.REVIEWER, StaffRole.EDITOR), claimId,
                "Which city?", null);
        author.navigate(url("/desk"));
        assertThat(author.locator(".bell-count").textContent()).matches("\\d+ unread");
        screenshot(author, "desk-bell");

        author.locator("a.bell").click();
        waitFor(author, "/desk/notifications");
        assertThat(author.content()).contains("editor2 returned your work with a note");
        passesQualityGates(author);
        screenshot(author, "desk-notifications");
        author.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open claim " + claimId)).click();
        waitFor(author, "/desk/claims/" + claimId);

        author.navigate(url("/desk/preferences"));
        assertThat(author.content()).contains("editor3@example.com");
        passesQualityGates(author);
        screenshot(author, "desk-preferences");
        author.getByLabel("Also send my notifications by e-mail").uncheck();
        author.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save preferences")).click();
        waitFor(author, "done=saved");
        assertThat(author.getByLabel("Also send my notifications by e-mail").isChecked()).isFalse();
    }
}
