package io.factdesk.verification.notification;

import io.factdesk.core.notification.MailDelivery;
import io.factdesk.verification.common.SiteConfig;
import io.factdesk.verification.staff.StaffInvited;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Tells a person invited by e-mail address that they were invited and where to log in: one e-mail queued in the
 * invitation's transaction, sent by the outbox like every other. An invitation by login name sends nothing (there
 * is no address to send to); the admin tells that person themselves.
 */
@ApplicationScoped
public class InvitationMails {

    @Inject
    SiteConfig site;

    void onInvited(@Observes StaffInvited invitation) {
        if (!invitation.byEmail()) {
            return;
        }
        String base = site.base();
        MailTexts.Mail mail = MailTexts.invitation(invitation.language(), invitation.organisation(),
                invitation.invitedBy(), invitation.roles().replace(",", ", "), base + "/desk");
        MailDelivery.queue(invitation.login(), mail.subject(), mail.body());
    }
}
