package io.factdesk.verification.staff;

import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.common.InvalidInput;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** Staff roles named in a request: at least one, each one of reviewer, editor, admin. */
final class RoleNames {

    private RoleNames() {
    }

    static Set<StaffRole> parse(Collection<String> names) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        if (names != null) {
            if (names.size() > StaffRole.values().length) {
                throw new InvalidInput("roles", "name each role at most once");
            }
            for (String name : names) {
                if (name == null || name.length() > 20) {
                    throw new InvalidInput("roles", "roles are reviewer, editor and admin");
                }
                roles.add(StaffRole.fromTokenName(name.strip())
                        .orElseThrow(() -> new InvalidInput("roles", "roles are reviewer, editor and admin")));
            }
        }
        if (roles.isEmpty()) {
            throw new InvalidInput("roles", "choose at least one role");
        }
        return roles;
    }
}
