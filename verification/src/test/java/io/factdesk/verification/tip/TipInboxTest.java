package io.factdesk.verification.tip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.factdesk.core.claim.Appearance;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.ClaimState;
import io.factdesk.core.notification.MailDelivery;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.core.tip.Tip;
import io.factdesk.verification.common.Conflict;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.common.NotPermitted;
import io.factdesk.verification.common.PageRequest;
import io.factdesk.verification.notification.Smtp;
import io.factdesk.verification.workflow.Desk;
import io.factdesk.verification.workflow.ReviewDraft;
import io.factdesk.verification.workflow.ReviewWorkflow;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The tips inbox against PostgreSQL: listing, handling, merging with request counts, tips becoming claims. */
@QuarkusTest
class TipInboxTest {

    @Inject
    Desk desk;

    @Inject
    TipService tips;

    @Inject
    TipInbox inbox;

    @Inject
    ReviewWorkflow workflow;

    @ConfigProperty(name = "quarkus.mailer.port")
    int smtpPort;

    private long tip(Organisation org, String text, String url, String contact, boolean notify) {
        return tips.submit(new TipDraft(text, url, contact, org.slug, notify), "10.9." + UUID.randomUUID(), null).id();
    }

    private long tip(Organisation org, String text) {
        return tip(org, text, null, null, false);
    }

    @Test
    void theInboxListsOpenTipsNewestFirstAndMovesHandledOnesAway() {
        Organisation org = desk.organisation(1, 1);
        Actor reviewer = desk.reviewer(org, "Rita");
        long older = tip(org, "Older tip");
        long newer = tip(org, "Newer tip");

        assertThat(inbox.list(reviewer, TipInbox.Show.OPEN, PageRequest.first()).items())
                .extracting(v -> v.tip().id).containsExactly(newer, older);
        inbox.markHandled(reviewer, older);

        assertThat(inbox.list(reviewer, TipInbox.Show.OPEN, PageRequest.first()).items())
                .extracting(v -> v.tip().id).containsExactly(newer);
        assertThat(inbox.list(reviewer, TipInbox.Show.HANDLED, PageRequest.first()).items())
                .extracting(v -> v.tip().id).containsExactly(older);
        assertThat(inbox.get(reviewer, older).tip().handledBy).isEqualTo(reviewer.username());
        assertThat(inbox.openCount(reviewer)).isEqualTo(1);
    }

    @Test
    void mergingDuplicatesCountsEveryRequestOnTheTipTheyWereMergedInto() {
        Organisation org = desk.organisation(1, 1);
        Actor reviewer = desk.reviewer(org, "Rita");
        long first = tip(org, "The mayor doubled his salary");
        long second = tip(org, "Is it true the mayor's salary doubled?");
        long third = tip(org, "Mayor salary x2??");
        long fourth = tip(org, "mayor pay doubled");

        inbox.merge(reviewer, second, first);
        inbox.merge(reviewer, fourth, third);
        TipView group = inbox.merge(reviewer, third, second);

        assertThat(group.tip().id).as("merging into a duplicate merges into its group").isEqualTo(first);
        assertThat(group.requests()).isEqualTo(4);
        assertThat(group.duplicates()).extracting(t -> t.id).containsExactly(second, third, fourth);
        assertThat(inbox.list(reviewer, TipInbox.Show.ALL, PageRequest.first()).items())
                .singleElement().satisfies(v -> assertThat(v.requests()).isEqualTo(4));
        assertThatThrownBy(() -> inbox.merge(reviewer, fourth, first)).isInstanceOf(Conflict.class);
    }

    @Test
    void aTipBecomesASubmittedClaimInOneStepWithItsLinkAndItsDuplicates() {
        Organisation org = desk.organisation(1, 1);
        Actor reviewer = desk.reviewer(org, "Rita");
        long tipId = tip(org, "Bread costs 5 euros now", "https://news.example/bread", null, false);
        long duplicate = tip(org, "bread at 5 EUR?");
        inbox.merge(reviewer, duplicate, tipId);

        Claim claim = inbox.toClaim(reviewer, tipId, "", "A news site");

        QuarkusTransaction.requiringNew().run(() -> {
            Claim stored = Claim.findById(claim.id);
            assertThat(stored.state()).isEqualTo(ClaimState.SUBMITTED);
            assertThat(stored.text).isEqualTo("Bread costs 5 euros now");
            assertThat(stored.claimant).isEqualTo("A news site");
            assertThat(Appearance.<Appearance>list("claim", stored)).extracting(a -> a.url)
                    .containsExactly("https://news.example/bread");
            assertThat(Tip.<Tip>findById(tipId).claim.id).isEqualTo(claim.id);
            assertThat(Tip.<Tip>findById(duplicate).claim.id).isEqualTo(claim.id);
            assertThat(Tip.<Tip>findById(tipId).isHandled()).isTrue();
        });
        assertThatThrownBy(() -> inbox.toClaim(reviewer, tipId, null, null)).isInstanceOf(Conflict.class);
    }

    @Test
    void onlyReviewersAndEditorsOfTheOrganisationSeeItsTips() {
        Organisation org = desk.organisation(1, 1);
        long tipId = tip(org, "Secret tip");
        Actor adminOnly = desk.staff(org, "Admin", StaffRole.ADMIN);
        Organisation other = desk.organisation(1, 1);
        Actor outsider = desk.editor(other, "Outsider");
        Actor noRoles = new Actor("nobody-" + UUID.randomUUID(), "Nobody", org, EnumSet.noneOf(StaffRole.class));

        assertThatThrownBy(() -> inbox.list(adminOnly, TipInbox.Show.OPEN, null)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> inbox.get(noRoles, tipId)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> inbox.markHandled(adminOnly, tipId)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> inbox.get(outsider, tipId)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> inbox.toClaim(outsider, tipId, null, null)).isInstanceOf(NotFound.class);
        assertThat(inbox.list(outsider, TipInbox.Show.ALL, PageRequest.first()).items())
                .noneMatch(v -> v.tip().id == tipId);
        assertThat(inbox.get(desk.editor(org, "Ed"), tipId).tip().text).isEqualTo("Secret tip");
    }

    @Test
    void aReaderWhoAskedIsEmailedOnceWhenTheVerdictIsPublishedAndTheAddressIsErased() {
        Organisation org = desk.organisation(1, 1);
        Actor reviewer = desk.reviewer(org, "Rita");
        Actor editor = desk.editor(org, "Ed");
        String reader = "reader-" + UUID.randomUUID() + "@example.net";
        String silent = "silent-" + UUID.randomUUID() + "@example.net";
        long asked = tip(org, "Pensions were cut by half", null, reader, true);
        long notAsked = tip(org, "Pensions halved", null, silent, false);
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(Tip.<Tip>findById(asked).notifyEmail).isEqualTo(reader);
            assertThat(Tip.<Tip>findById(notAsked).notifyEmail).isNull();
        });
        inbox.merge(reviewer, notAsked, asked);
        long claimId = inbox.toClaim(reviewer, asked, null, null).id;

        try (Smtp smtp = Smtp.start(smtpPort)) {
            workflow.take(reviewer, claimId, null);
            desk.addEvidence(reviewer, claimId, "Reuters");
            desk.addEvidence(reviewer, claimId, "Associated Press");
            workflow.submitReview(reviewer, claimId, new ReviewDraft("Cut by 3 %.", "false", "No", null), null);
            QuarkusTransaction.requiringNew().run(
                    () -> assertThat(Tip.<Tip>findById(asked).notifyEmail).as("kept until published").isNotNull());
            workflow.approve(editor, claimId, null);

            Smtp.Received mail = smtp.await(reader, 1).get(0);
            assertThat(mail.subject()).isEqualTo("The claim you sent us has been checked");
            assertThat(mail.body()).contains("http://localhost:8080/verdicts/").contains("deleted your e-mail address");
            QuarkusTransaction.requiringNew().run(() -> assertThat(Tip.<Tip>findById(asked).notifyEmail).isNull());
            await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew()
                    .call(() -> MailDelivery.count("recipient = ?1", reader)) == 0);
            assertThat(smtp.to(silent)).isEmpty();
        }
    }

    @Test
    void askingToBeToldNeedsAnEmailAddress() {
        Organisation org = desk.organisation(1, 1);
        assertThatThrownBy(() -> tip(org, "Tell me", null, null, true)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> tip(org, "Tell me", null, "not an address", true))
                .isInstanceOf(InvalidInput.class);
    }
}
