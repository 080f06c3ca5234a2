package io.factdesk.verification.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.factdesk.core.notification.MailDelivery;
import io.factdesk.core.notification.Notification;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.organisation.OrganisationMember;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.common.PageRequest;
import io.factdesk.verification.staff.StaffAdministration;
import io.factdesk.verification.workflow.Desk;
import io.factdesk.verification.workflow.ReviewWorkflow;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Workflow steps tell the people they concern, in the desk and by e-mail through a real SMTP server: the
 * notifications are written with the step, the e-mails sent afterwards (and retried), opt-outs respected.
 */
@QuarkusTest
class NotificationsTest {

    @Inject
    Desk desk;

    @Inject
    ReviewWorkflow workflow;

    @Inject
    StaffDirectory directory;

    @Inject
    Notifications notifications;

    @Inject
    MailDispatcher dispatcher;

    @Inject
    StaffAdministration staff;

    @ConfigProperty(name = "quarkus.mailer.port")
    int smtpPort;

    private Smtp smtp;

    @BeforeEach
    void startSmtp() {
        smtp = Smtp.start(smtpPort);
    }

    @AfterEach
    void stopSmtp() {
        smtp.close();
    }

    private Actor loggedIn(Actor actor, String... roles) {
        directory.recordLogin(actor.username(), null, List.of(roles), email(actor));
        return actor;
    }

    private static String email(Actor actor) {
        return actor.username() + "@example.org";
    }

    private List<Notification.Kind> kinds(Actor actor) {
        return notifications.list(actor, PageRequest.first()).items().stream().map(n -> n.kind).toList();
    }

    @Test
    void aReturnedReviewTellsItsAuthorInTheDeskAndByEmail() {
        Organisation org = desk.organisation(1, 1);
        Actor reviewer = loggedIn(desk.reviewer(org, "Rita"), "reviewer");
        Actor editor = loggedIn(desk.editor(org, "Ed"), "reviewer", "editor");
        long id = desk.reviewed(org, reviewer, "The bridge cost twice the budget.");

        workflow.returnForWork(editor, id, "Add the 2024 audit figures.", null);

        assertThat(kinds(reviewer)).containsExactly(Notification.Kind.RETURNED);
        assertThat(notifications.unread(reviewer)).isEqualTo(1);
        Smtp.Received mail = smtp.await(email(reviewer), 1).get(0);
        assertThat(mail.subject()).isEqualTo("Returned to you: The bridge cost twice the budget.");
        assertThat(mail.body()).contains("http://localhost:8080/desk/claims/" + id).contains("Ed-");
        await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew().call(
                () -> MailDelivery.count("recipient = ?1", email(reviewer))) == 0);
    }

    @Test
    void aSubmittedReviewAsksEveryOtherEditorOfTheOrganisationToApprove() {
        Organisation org = desk.organisation(1, 1);
        Actor author = loggedIn(desk.editor(org, "Author"), "reviewer", "editor");
        Actor other = loggedIn(desk.editor(org, "Other"), "reviewer", "editor");
        Actor reviewerOnly = loggedIn(desk.reviewer(org, "Rev"), "reviewer");
        Organisation elsewhere = desk.organisation(1, 1);
        Actor outsider = loggedIn(desk.editor(elsewhere, "Outsider"), "reviewer", "editor");

        long id = desk.reviewed(org, author, "Unemployment halved in a year.");

        assertThat(kinds(other)).containsExactly(Notification.Kind.AWAITING_APPROVAL);
        assertThat(kinds(author)).as("nobody is told about their own work").isEmpty();
        assertThat(kinds(reviewerOnly)).isEmpty();
        assertThat(kinds(outsider)).isEmpty();
        Smtp.Received mail = smtp.await(email(other), 1).get(0);
        assertThat(mail.subject()).startsWith("Awaiting your approval: Unemployment halved");
        assertThat(mail.body()).contains("/desk/claims/" + id).contains("/desk/preferences");
    }

    @Test
    void aPersonInvitedByEmailAddressIsToldWhereToLogIn() {
        Organisation org = desk.organisation(1, 1);
        Actor admin = new Actor("admin-" + org.id, "Ada Admin", org, EnumSet.of(StaffRole.ADMIN));
        String address = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        staff.invite(admin, address, List.of("reviewer", "editor"));

        Smtp.Received mail = smtp.await(address, 1).get(0);
        assertThat(mail.subject()).isEqualTo("You are invited to the " + org.name + " desk on Factdesk");
        assertThat(mail.body()).contains("Ada Admin invited you to join " + org.name)
                .contains("as reviewer, editor").contains("http://localhost:8080/desk");
    }

    @Test
    void anInvitationByLoginNameSendsNoEmail() {
        Organisation org = desk.organisation(1, 1);
        Actor admin = new Actor("admin-" + org.id, "Ada Admin", org, EnumSet.of(StaffRole.ADMIN));
        String login = "newcomer-" + UUID.randomUUID().toString().substring(0, 8);

        staff.invite(admin, login, List.of("reviewer"));

        assertThat(QuarkusTransaction.requiringNew().call(() -> MailDelivery.count("recipient = ?1", login)))
                .isZero();
        assertThat(smtp.to(login)).isEmpty();
    }

    @Test
    void rolesAnAdminSetOnTheStaffPageDecideWhoIsAskedToApprove() {
        Organisation org = desk.organisation(1, 1);
        Actor author = loggedIn(desk.reviewer(org, "Author"), "reviewer");
        Actor demoted = loggedIn(desk.editor(org, "Demoted"), "reviewer", "editor");
        Actor promoted = loggedIn(desk.reviewer(org, "Promoted"), "reviewer");
        QuarkusTransaction.requiringNew().run(() -> {
            member(org, demoted).changeRoles(Set.of(StaffRole.REVIEWER));
            member(org, promoted).changeRoles(Set.of(StaffRole.REVIEWER,
                    StaffRole.EDITOR));
        });

        desk.reviewed(org, author, "Exports doubled in two years.");

        assertThat(kinds(promoted)).containsExactly(Notification.Kind.AWAITING_APPROVAL);
        assertThat(kinds(demoted)).isEmpty();
    }

    private static OrganisationMember member(Organisation org, Actor actor) {
        return OrganisationMember.findByUsername(actor.username()).orElseGet(() -> {
            OrganisationMember member = new OrganisationMember();
            member.organisation = Organisation.findById(org.id);
            member.username = actor.username();
            member.persist();
            return member;
        });
    }

    @Test
    void staffWhoTurnedEmailOffAreToldOnlyInTheDesk() {
        Organisation org = desk.organisation(1, 1);
        Actor author = loggedIn(desk.reviewer(org, "Author"), "reviewer");
        Actor quiet = loggedIn(desk.editor(org, "Quiet"), "reviewer", "editor");
        Actor loud = loggedIn(desk.editor(org, "Loud"), "reviewer", "editor");
        directory.setEmailNotifications(quiet, false);
        assertThat(directory.preferences(quiet).emailNotifications()).isFalse();

        desk.reviewed(org, author, "Crime fell by a third.");

        assertThat(kinds(quiet)).containsExactly(Notification.Kind.AWAITING_APPROVAL);
        smtp.await(email(loud), 1);
        dispatcher.sendDue();
        assertThat(smtp.to(email(quiet))).isEmpty();
    }

    @Test
    void assigningPublishingAndReopeningTellTheReviewer() {
        Organisation org = desk.organisation(1, 1);
        Actor reviewer = loggedIn(desk.reviewer(org, "Rita"), "reviewer");
        Actor editor = loggedIn(desk.editor(org, "Ed"), "reviewer", "editor");
        long id = desk.claim(org, "Tax receipts doubled.");
        workflow.assign(editor, id, reviewer.username(), null);
        desk.addEvidence(reviewer, id, "Reuters");
        desk.addEvidence(reviewer, id, "Associated Press");
        workflow.submitReview(reviewer, id, new io.factdesk.verification.workflow.ReviewDraft(
                "Receipts grew 4 %.", "false", "No", null), null);
        workflow.approve(editor, id, null);
        workflow.reopen(editor, id, "New figures came out.", null);

        assertThat(kinds(reviewer)).containsExactly(Notification.Kind.REOPENED, Notification.Kind.PUBLISHED,
                Notification.Kind.ASSIGNED);
        List<String> subjects = smtp.await(email(reviewer), 3).stream().map(Smtp.Received::subject).toList();
        assertThat(subjects).containsExactlyInAnyOrder("Assigned to you: Tax receipts doubled.",
                "Published: Tax receipts doubled.", "Reopened: Tax receipts doubled.");
    }

    @Test
    void staffMarkOnlyTheirOwnNotificationsRead() {
        Organisation org = desk.organisation(1, 1);
        Actor reviewer = desk.reviewer(org, "Rita");
        Actor editor = desk.editor(org, "Ed");
        long first = desk.claim(org, "One.");
        long second = desk.claim(org, "Two.");
        workflow.assign(editor, first, reviewer.username(), null);
        workflow.assign(editor, second, reviewer.username(), null);
        List<Notification> mine = notifications.list(reviewer, PageRequest.first()).items();
        assertThat(mine).hasSize(2);

        assertThatThrownBy(() -> notifications.markRead(editor, mine.get(0).id)).isInstanceOf(NotFound.class);
        assertThat(notifications.markRead(reviewer, mine.get(0).id)).isEqualTo(second);
        assertThat(notifications.unread(reviewer)).isEqualTo(1);
        assertThat(notifications.markAllRead(reviewer)).isEqualTo(1);
        assertThat(notifications.unread(reviewer)).isZero();
    }

    @Test
    void anEmailTheServerDidNotTakeIsSentOnALaterAttempt() {
        Organisation org = desk.organisation(1, 1);
        Actor reviewer = loggedIn(desk.reviewer(org, "Rita"), "reviewer");
        Actor editor = desk.editor(org, "Ed");
        smtp.close();
        workflow.assign(editor, desk.claim(org, "Prices rose."), reviewer.username(), null);
        await().atMost(Duration.ofSeconds(15)).until(() -> QuarkusTransaction.requiringNew().call(
                () -> MailDelivery.<MailDelivery>find("recipient", email(reviewer)).firstResult().attempts) >= 1);

        smtp = Smtp.start(smtpPort);
        assertThat(smtp.await(email(reviewer), 1).get(0).subject()).isEqualTo("Assigned to you: Prices rose.");
    }
}
