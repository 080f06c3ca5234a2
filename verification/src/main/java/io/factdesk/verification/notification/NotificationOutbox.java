package io.factdesk.verification.notification;

import io.factdesk.core.audit.WorkflowEvent;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.notification.MailDelivery;
import io.factdesk.core.notification.Notification;
import io.factdesk.core.organisation.OrganisationMember;
import io.factdesk.core.staff.StaffProfile;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.core.verdict.CorrectionProposal;
import io.factdesk.verification.common.SiteConfig;
import io.factdesk.verification.workflow.Transition;
import io.factdesk.verification.workflow.WorkflowEventRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a workflow step into notifications for the people it concerns, and into e-mails for those of them who
 * left an address and did not turn e-mail off. Runs inside the step's transaction (like the webhook outbox): the
 * notifications and queued e-mails exist exactly when the step is committed; {@link MailDispatcher} sends the
 * e-mails afterwards. Nobody is told about their own action.
 */
@ApplicationScoped
public class NotificationOutbox {

    private static final Map<String, Notification.Kind> KINDS = Map.of(
            Transition.ASSIGN.eventType(), Notification.Kind.ASSIGNED,
            Transition.RETURN.eventType(), Notification.Kind.RETURNED,
            Transition.RETURN_CORRECTION.eventType(), Notification.Kind.RETURNED,
            Transition.SUBMIT_REVIEW.eventType(), Notification.Kind.AWAITING_APPROVAL,
            Transition.CORRECT.eventType(), Notification.Kind.AWAITING_APPROVAL,
            Transition.REOPEN.eventType(), Notification.Kind.REOPENED,
            Transition.APPROVE.eventType(), Notification.Kind.PUBLISHED,
            Transition.APPROVE_CORRECTION.eventType(), Notification.Kind.PUBLISHED);

    /** The address links in e-mails start with. */
    @Inject
    SiteConfig site;

    void onRecorded(@Observes WorkflowEventRecorded recorded) {
        WorkflowEvent event = recorded.event();
        Notification.Kind kind = KINDS.get(event.type);
        if (kind == null) {
            return;
        }
        for (String recipient : recipients(kind, event)) {
            if (recipient != null && !recipient.equals(event.actor)) {
                tell(recipient, kind, event);
            }
        }
    }

    private static Set<String> recipients(Notification.Kind kind, WorkflowEvent event) {
        Claim claim = event.claim;
        Set<String> recipients = new LinkedHashSet<>();
        if (kind == Notification.Kind.AWAITING_APPROVAL) {
            for (StaffProfile staff : StaffProfile.of(claim.organisation)) {
                // Roles an admin set on the staff page win over those the login last carried.
                boolean editor = OrganisationMember.findByUsername(staff.username)
                        .filter(OrganisationMember::managesRoles)
                        .map(member -> member.managedRoles().contains(StaffRole.EDITOR))
                        .orElse(staff.hasRole(StaffRole.EDITOR));
                if (editor) {
                    recipients.add(staff.username);
                }
            }
            return recipients;
        }
        boolean aboutCorrection = Transition.RETURN_CORRECTION.eventType().equals(event.type)
                || Transition.APPROVE_CORRECTION.eventType().equals(event.type);
        if (aboutCorrection) {
            CorrectionProposal.<CorrectionProposal>find("claimId = ?1 order by id desc", claim.id).firstResultOptional()
                    .ifPresent(proposal -> recipients.add(proposal.proposedBy));
        }
        if (!Transition.RETURN_CORRECTION.eventType().equals(event.type)) {
            recipients.add(claim.assignee());
        }
        return recipients;
    }

    private void tell(String recipient, Notification.Kind kind, WorkflowEvent event) {
        Notification notification = new Notification();
        notification.organisation = event.organisation;
        notification.recipient = recipient;
        notification.kind = kind;
        notification.claim = event.claim;
        notification.actor = event.actor;
        notification.persist();
        StaffProfile.findByUsername(recipient)
                .filter(staff -> staff.emailNotifications && staff.email != null)
                .filter(staff -> Objects.equals(staff.organisation.id, event.organisation.id))
                .ifPresent(staff -> {
                    String base = site.base();
                    MailTexts.Mail mail = MailTexts.staff(event.organisation.defaultLanguage, kind,
                            event.claim.text, event.actor,
                            base + "/desk/claims/" + event.claim.id, base + "/desk/preferences");
                    MailDelivery.queue(staff.email, mail.subject(), mail.body());
                });
    }
}
