package io.factdesk.verification.staff;

import java.util.List;

/** An organisation's members and its open invitations. */
public record StaffList(List<StaffMember> members, List<Invitation> invitations) {
}
