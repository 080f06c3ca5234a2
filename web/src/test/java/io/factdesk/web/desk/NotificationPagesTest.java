package io.factdesk.web.desk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.factdesk.core.notification.Notification;
import io.factdesk.core.staff.StaffProfile;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.workflow.ReviewWorkflow;
import io.factdesk.web.support.Verdicts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The bell, the notifications page and the e-mail preference, for the logged-in staff member only. */
@QuarkusTest
class NotificationPagesTest {

    @Inject
    Verdicts verdicts;

    @Inject
    ReviewWorkflow workflow;

    private record Csrf(String cookie, String token) {
    }

    private static Csrf csrf(Response page) {
        return new Csrf(page.getCookie("factdesk-csrf"),
                page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value"));
    }

    @Test
    @TestSecurity(user = "editor3", roles = {"reviewer", "editor"})
    void aReturnedReviewRingsTheBellAndOpeningItMarksItRead() {
        long claimId = verdicts.reviewedBy("editor3", "Rents rose " + UUID.randomUUID());
        workflow.returnForWork(verdicts.actor("editor2", StaffRole.REVIEWER, StaffRole.EDITOR), claimId,
                "Name the rent index.", null);
        long unread = QuarkusTransaction.requiringNew().call(() -> Notification.count(
                "recipient = 'editor3' and readAt is null"));
        assertThat(unread).isPositive();

        Response desk = given().get("/desk");
        desk.then().statusCode(200).body(containsString("<span class=\"bell-count\">" + unread));
        Response page = given().get("/desk/notifications");
        page.then().statusCode(200).body(containsString("editor2 returned your work with a note"));
        long id = QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>find(
                "recipient = 'editor3' and claim.id = ?1", claimId).firstResult().id);

        given().redirects().follow(false).cookie("factdesk-csrf", csrf(page).cookie())
                .formParam("csrf-token", csrf(page).token()).post("/desk/notifications/{id}/read", id)
                .then().statusCode(303).header("Location", containsString("/desk/claims/" + claimId));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>findById(id).isRead()))
                .isTrue();
        given().redirects().follow(false).cookie("factdesk-csrf", csrf(page).cookie())
                .formParam("csrf-token", csrf(page).token()).post("/desk/notifications/read")
                .then().statusCode(303).header("Location", containsString("done=read"));
        given().get("/desk").then().body(org.hamcrest.Matchers.not(containsString("bell-count")));
    }

    @Test
    @TestSecurity(user = "reviewer2", roles = "reviewer")
    void nobodyOpensSomeoneElsesNotification() {
        long claimId = verdicts.reviewedBy("editor3", "Fares fell " + UUID.randomUUID());
        workflow.returnForWork(verdicts.actor("editor2", StaffRole.REVIEWER, StaffRole.EDITOR), claimId,
                "Which fares?", null);
        long id = QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>find(
                "recipient = 'editor3' and claim.id = ?1", claimId).firstResult().id);
        Csrf csrf = csrf(given().get("/desk/notifications"));
        given().cookie("factdesk-csrf", csrf.cookie()).formParam("csrf-token", csrf.token())
                .post("/desk/notifications/{id}/read", id).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "reviewer2", roles = "reviewer")
    void staffTurnTheirEmailsOffAndOnAgain() {
        Response page = given().get("/desk/preferences");
        page.then().statusCode(200).body(containsString("Also send my notifications by e-mail"));
        given().redirects().follow(false).cookie("factdesk-csrf", csrf(page).cookie())
                .formParam("csrf-token", csrf(page).token()).post("/desk/preferences")
                .then().statusCode(303).header("Location", containsString("/desk/preferences?done=saved"));
        assertThat(QuarkusTransaction.requiringNew().call(
                () -> StaffProfile.findByUsername("reviewer2").orElseThrow().emailNotifications)).isFalse();
        given().redirects().follow(false).cookie("factdesk-csrf", csrf(page).cookie())
                .formParam("csrf-token", csrf(page).token()).formParam("email", "on").post("/desk/preferences")
                .then().statusCode(303);
        assertThat(QuarkusTransaction.requiringNew().call(
                () -> StaffProfile.findByUsername("reviewer2").orElseThrow().emailNotifications)).isTrue();
        given().get("/desk/preferences?done=saved").then().body(containsString("Preferences saved."));
    }
}
