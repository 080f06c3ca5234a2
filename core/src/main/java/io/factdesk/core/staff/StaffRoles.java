package io.factdesk.core.staff;

import java.util.EnumSet;
import java.util.Set;
import java.util.StringJoiner;

/** Staff roles as stored in a column: the role names in a fixed order, comma-separated ("reviewer,editor"). */
public final class StaffRoles {

    private StaffRoles() {
    }

    /** The column value for a non-empty set of roles. */
    public static String toColumn(Set<StaffRole> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("a staff member needs at least one role");
        }
        StringJoiner joined = new StringJoiner(",");
        for (StaffRole role : StaffRole.values()) {
            if (roles.contains(role)) {
                joined.add(role.tokenName());
            }
        }
        return joined.toString();
    }

    /** The roles a column value names; unknown names are ignored (the column's check constraint allows none). */
    public static Set<StaffRole> fromColumn(String column) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        if (column != null) {
            int start = 0;
            while (start <= column.length()) {
                int comma = column.indexOf(',', start);
                int end = comma < 0 ? column.length() : comma;
                StaffRole.fromTokenName(column.substring(start, end).trim()).ifPresent(roles::add);
                start = end + 1;
            }
        }
        return roles;
    }
}
