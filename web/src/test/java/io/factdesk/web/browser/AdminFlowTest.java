package io.factdesk.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AdminFlowTest extends BrowserTest {

    @Test
    void anAdminOpensTheSettingsPages() {
        Page admin = staff("admin");
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Admin").setExact(true)).click();
        waitFor(admin, "/desk/admin");
        assertThat(admin.locator("h1").textContent()).isEqualTo("Administration");
        passesQualityGates(admin);
        screenshot(admin, "admin");

        admin.navigate(url("/desk/admin/scale"));
        assertThat(admin.locator("fieldset.scale-entry").count()).isGreaterThan(1);
        passesQualityGates(admin);
        screenshot(admin, "admin-scale");

        admin.navigate(url("/desk/admin/profile"));
        passesQualityGates(admin);

        admin.navigate(url("/desk/admin/policies"));
        passesQualityGates(admin);
        admin.getByLabel("Approvals required (k)").fill("4");
        admin.getByLabel("Panel size (n)").fill("3");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the approval policy")).click();
        assertThat(admin.locator("#approvalsRequired-error").textContent())
                .isEqualTo("Approvals required (k) cannot be more than the panel size (n).");
        assertThat(admin.getByLabel("Approvals required (k)").inputValue()).isEqualTo("4");
        assertThat(admin.url()).endsWith("/desk/admin/policies?returned=policies");
        admin.reload();
        assertThat(admin.locator("#approvalsRequired-error").count()).as("a reload keeps the errors").isEqualTo(1);
        assertThat(admin.getByLabel("Approvals required (k)").inputValue()).isEqualTo("4");
        passesQualityGates(admin);

        admin.navigate(url("/desk/admin/embedding-backfills"));
        passesQualityGates(admin);
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start re-embedding")).click();
        assertThat(admin.getByRole(AriaRole.STATUS).textContent()).matches("Backfill \\d+ started\\.");
        assertThat(admin.locator("progress").count()).isGreaterThan(0);
        passesQualityGates(admin);
        screenshot(admin, "admin-embedding-backfills");

        admin.navigate(url("/desk/admin/webhooks"));
        passesQualityGates(admin);
        admin.getByLabel("Address (https://…)").fill("https://cms.example/hooks/browser-flow");
        admin.getByLabel("verdict.corrected").check();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a webhook")).click();
        assertThat(admin.getByRole(AriaRole.STATUS).textContent()).contains("Webhook added")
                .contains("shown only this once");
        screenshot(admin, "admin-webhooks");
        passesQualityGates(admin);
        admin.navigate(url("/desk/admin/webhooks"));
        assertThat(admin.content()).doesNotContain("Signing secret:");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Remove the webhook https://cms.example/hooks/browser-flow")).click();
        waitFor(admin, "/desk/admin/webhooks?done=removed");
        assertThat(admin.content()).doesNotContain("https://cms.example/hooks/browser-flow");
    }
}
