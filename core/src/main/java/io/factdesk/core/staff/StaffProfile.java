package io.factdesk.core.staff;

import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.organisation.OrganisationOwned;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A staff member as last seen at login: the e-mail address and roles from the ID token, and their own
 * preferences. Authorisation never reads the roles kept here (they come from the token on every request); they
 * only tell who should be asked to approve.
 */
@Entity
@jakarta.persistence.Table(name = "staff_profile")
public class StaffProfile extends OrganisationOwned {

    public String username;

    /** From the ID token's {@code email} claim; null when the identity provider sends none. */
    public String email;

    /** Token role names, comma-separated, as of the last login. */
    public String roles = "";

    /** False when the staff member turned e-mail notifications off. */
    public boolean emailNotifications = true;

    public Instant lastLoginAt = Instant.now();

    public boolean hasRole(StaffRole role) {
        return ("," + roles + ",").contains("," + role.tokenName() + ",");
    }

    public static Optional<StaffProfile> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public static List<StaffProfile> of(Organisation organisation) {
        return list("organisation = ?1 order by username", organisation);
    }
}
