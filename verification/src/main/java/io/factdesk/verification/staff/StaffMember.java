package io.factdesk.verification.staff;

import io.factdesk.core.organisation.OrganisationMember;
import io.factdesk.core.staff.StaffRole;
import java.time.Instant;
import java.util.List;

/**
 * One member of an organisation's staff, detached from the database. {@code roles} is empty when the roles come
 * from the identity provider ({@code managed} false).
 */
public record StaffMember(long id, String username, String displayName, boolean managed, List<String> roles,
        Instant joinedAt) {

    static StaffMember of(OrganisationMember member) {
        return new StaffMember(member.id, member.username, member.displayName, member.managesRoles(),
                member.managedRoles().stream().map(StaffRole::tokenName).toList(), member.joinedAt);
    }
}
