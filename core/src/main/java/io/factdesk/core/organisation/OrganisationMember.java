package io.factdesk.core.organisation;

import io.factdesk.core.staff.StaffRole;
import io.factdesk.core.staff.StaffRoles;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A staff login's membership of an organisation. When {@link #roles} is set, Factdesk manages the member's staff
 * roles (the staff page) and they replace the token's; when it is null the roles come from the identity provider.
 */
@Entity
@jakarta.persistence.Table(name = "organisation_member")
public class OrganisationMember extends OrganisationOwned {

    public String username;

    public String displayName;

    /** Managed roles as stored ({@link StaffRoles}), or null: roles from the identity provider. */
    public String roles;

    public Instant joinedAt = Instant.now();

    public static Optional<OrganisationMember> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public static List<OrganisationMember> of(Organisation organisation) {
        return list("organisation = ?1 order by lower(displayName), username", organisation);
    }

    /** Members of the organisation whose managed roles include admin. */
    public static long countManagedAdmins(Organisation organisation) {
        return count("organisation = ?1 and roles like ?2", organisation, "%admin%");
    }

    /** True when Factdesk manages this member's roles. */
    public boolean managesRoles() {
        return roles != null;
    }

    public Set<StaffRole> managedRoles() {
        return StaffRoles.fromColumn(roles);
    }

    public void changeRoles(Set<StaffRole> newRoles) {
        this.roles = StaffRoles.toColumn(newRoles);
    }
}
