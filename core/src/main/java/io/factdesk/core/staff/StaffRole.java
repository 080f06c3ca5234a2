package io.factdesk.core.staff;

import java.util.Locale;
import java.util.Optional;

/** Staff roles from the identity provider (DESIGN.md §1). An editor may do everything a reviewer may. */
public enum StaffRole {
    REVIEWER,
    EDITOR,
    ADMIN;

    /** Role names as they appear in tokens and {@code @RolesAllowed}. */
    public static final String REVIEWER_NAME = "reviewer";
    public static final String EDITOR_NAME = "editor";
    public static final String ADMIN_NAME = "admin";

    public String tokenName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<StaffRole> fromTokenName(String name) {
        for (StaffRole role : values()) {
            if (role.tokenName().equalsIgnoreCase(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
