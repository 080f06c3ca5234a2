package io.factdesk.core.staff;

import io.factdesk.core.organisation.Organisation;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is acting, for which organisation and with which roles. Built from the security identity by the API and
 * web layers; the domain and the workflow decide with it and never look at HTTP or tokens.
 */
public record Actor(String username, String displayName, Organisation organisation, Set<StaffRole> roles) {

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(organisation, "organisation");
        roles = roles.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(roles);
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
    }

    /** True if the actor holds the role, counting editor as including reviewer. */
    public boolean has(StaffRole role) {
        return roles.contains(role) || role == StaffRole.REVIEWER && roles.contains(StaffRole.EDITOR);
    }

    public boolean belongsTo(Organisation other) {
        return other != null && Objects.equals(organisation.id, other.id);
    }
}
