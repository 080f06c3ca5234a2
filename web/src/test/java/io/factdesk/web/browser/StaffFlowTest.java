package io.factdesk.web.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.factdesk.web.support.DemoLogins;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Onboarding without SQL: organisations, invitations, roles and removal in the browser; the dashboard. */
@QuarkusTest
class StaffFlowTest extends BrowserTest {

    private final String unique = UUID.randomUUID().toString().substring(0, 6);

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private static Page.GetByLabelOptions exact() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    @Test
    void anAdminInvitesAColleagueChangesTheirRolesAndRemovesThem() {
        Page admin = staff("admin");
        admin.getByRole(AriaRole.LINK, named("Admin")).click();
        waitFor(admin, "/desk/admin");
        admin.getByRole(AriaRole.LINK, named("Staff")).click();
        waitFor(admin, "/desk/admin/staff");
        passesQualityGates(admin);

        String login = "newhire-" + unique;
        admin.getByLabel("Login name or e-mail address").fill(login);
        admin.locator("#invite-editor").check();
        admin.getByRole(AriaRole.BUTTON, named("Send invitation")).click();
        waitFor(admin, "done=invited");
        assertThat(admin.getByRole(AriaRole.STATUS).textContent()).contains("Invitation saved");
        assertThat(admin.locator("table").nth(1).textContent()).contains(login).contains("Reviewer, Editor");
        passesQualityGates(admin);

        // The colleague logs in for the first time (here with an API token): the invitation becomes a membership.
        given().auth().oauth2(DemoLogins.accessToken(login)).get("/api/v1/me").then().statusCode(200);
        admin.navigate(url("/desk/admin/staff"));
        Locator row = admin.locator("tr", new Page.LocatorOptions().setHasText(login));
        assertThat(row.locator("input[value=editor]").isChecked()).isTrue();
        row.locator("input[value=editor]").uncheck();
        row.locator("input[value=admin]").check();
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save roles of " + login)).click();
        waitFor(admin, "done=roles");
        row = admin.locator("tr", new Page.LocatorOptions().setHasText(login));
        assertThat(row.locator("input[value=admin]").isChecked()).isTrue();
        assertThat(row.locator("input[value=editor]").isChecked()).isFalse();
        screenshot(admin, "admin-staff");

        // Once the colleague is gone, the demo admin is the organisation's only admin and cannot leave.
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove " + login)).click();
        waitFor(admin, "done=removed");
        assertThat(admin.locator("table").first().textContent()).doesNotContain(login);
        Locator me = admin.locator("tr", new Page.LocatorOptions().setHasText("Ada Admin"));
        me.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove Ada Admin")).click();
        waitFor(admin, "error=last-admin");
        assertThat(admin.getByRole(AriaRole.ALERT).textContent()).contains("at least one admin");
        passesQualityGates(admin);

        admin.getByRole(AriaRole.LINK, named("Activity")).click();
        waitFor(admin, "/desk/admin/events");
        assertThat(admin.content()).contains("StaffRemoved").contains("StaffRolesChanged")
                .contains("InvitationAccepted");
        passesQualityGates(admin);
    }

    @Test
    void aPlatformAdminCreatesAnOrganisation() {
        Page admin = staff("admin");
        admin.navigate(url("/desk/admin"));
        admin.getByRole(AriaRole.LINK, named("Organisations")).click();
        waitFor(admin, "/desk/admin/organisations");
        passesQualityGates(admin);
        admin.getByLabel("Name", exact()).fill("Valley Checks " + unique);
        admin.getByLabel("Short name", exact()).fill("Not valid");
        admin.getByRole(AriaRole.BUTTON, named("Create organisation")).click();
        waitFor(admin, "error=slug");
        assertThat(admin.getByLabel("Name", exact()).inputValue()).isEqualTo("Valley Checks " + unique);
        passesQualityGates(admin);
        admin.getByLabel("Short name", exact()).fill("valley-" + unique);
        admin.getByLabel("First admin: login name or e-mail address (optional)").fill("chief-" + unique
                + "@example.org");
        admin.getByRole(AriaRole.BUTTON, named("Create organisation")).click();
        waitFor(admin, "done=created");
        assertThat(admin.locator("tr", new Page.LocatorOptions().setHasText("valley-" + unique)).textContent())
                .contains("Valley Checks " + unique);
        passesQualityGates(admin);
        screenshot(admin, "admin-organisations");

        Page editor = staff("editor");
        editor.navigate(url("/desk/admin/organisations"));
        assertThat(editor.content()).contains("Not allowed");
    }

    @Test
    void anEditorReadsTheDashboard() {
        Page editor = staff("editor");
        editor.getByRole(AriaRole.LINK, named("Dashboard")).click();
        waitFor(editor, "/desk/dashboard");
        assertThat(editor.locator("svg[role=img] title").textContent()).isEqualTo("Time to a verdict per month");
        assertThat(editor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Backlog")).count())
                .isEqualTo(1);
        assertThat(editor.content()).doesNotContain(" 1 minutes").doesNotContain(" 1 hours");
        passesQualityGates(editor);
        screenshot(editor, "dashboard");
    }
}
