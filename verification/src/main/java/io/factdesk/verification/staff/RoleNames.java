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
                throw InvalidInput.of("roles", "role_twice");
            }
            for (String name : names) {
                if (name == null || name.length() > 20) {
                    throw InvalidInput.of("roles", "role_unknown");
                }
                roles.add(StaffRole.fromTokenName(name.strip())
                        .orElseThrow(() -> InvalidInput.of("roles", "role_unknown")));
            }
        }
        if (roles.isEmpty()) {
            throw InvalidInput.of("roles", "no_role");
        }
        return roles;
    }
}
