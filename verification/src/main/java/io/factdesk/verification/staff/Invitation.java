package io.factdesk.verification.staff;

import io.factdesk.core.organisation.StaffInvitation;
import io.factdesk.core.staff.StaffRole;
import java.time.Instant;
import java.util.List;

/** An open invitation to the staff, detached from the database. */
public record Invitation(long id, String login, List<String> roles, String invitedBy, Instant invitedAt) {

    static Invitation of(StaffInvitation invitation) {
        return new Invitation(invitation.id, invitation.login,
                invitation.invitedRoles().stream().map(StaffRole::tokenName).toList(), invitation.invitedBy,
                invitation.invitedAt);
    }
}
