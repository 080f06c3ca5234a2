package io.factdesk.core.organisation;

import io.factdesk.core.staff.StaffRole;
import io.factdesk.core.staff.StaffRoles;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An open invitation to an organisation's staff, by login name or e-mail address. It becomes a membership the
 * first time a user whose login name or e-mail address matches logs in.
 */
@Entity
public class StaffInvitation extends OrganisationOwned {

    /** Login name or e-mail address, lower-case. */
    public String login;

    public String roles;

    public String invitedBy;

    public Instant invitedAt = Instant.now();

    public static StaffInvitation create(Organisation organisation, String login, Set<StaffRole> roles,
            String invitedBy) {
        StaffInvitation invitation = new StaffInvitation();
        invitation.organisation = organisation;
        invitation.login = normalise(login);
        invitation.roles = StaffRoles.toColumn(roles);
        invitation.invitedBy = invitedBy;
        invitation.persist();
        return invitation;
    }

    public Set<StaffRole> invitedRoles() {
        return StaffRoles.fromColumn(roles);
    }

    public static Optional<StaffInvitation> findByLogin(String login) {
        return login == null || login.isBlank() ? Optional.empty()
                : find("login", normalise(login)).firstResultOptional();
    }

    public static List<StaffInvitation> of(Organisation organisation) {
        return list("organisation = ?1 order by id", organisation);
    }

    public static String normalise(String login) {
        return login.trim().toLowerCase(Locale.ROOT);
    }
}
