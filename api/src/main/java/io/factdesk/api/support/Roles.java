package io.factdesk.api.support;

import io.factdesk.core.staff.StaffRole;

/** Role names for {@code @RolesAllowed}: the token's realm roles (an editor holds reviewer too). */
public final class Roles {

    public static final String REVIEWER = StaffRole.REVIEWER_NAME;
    public static final String EDITOR = StaffRole.EDITOR_NAME;
    public static final String ADMIN = StaffRole.ADMIN_NAME;
    /** The identity provider's role of a platform administrator (creates organisations). */
    public static final String PLATFORM_ADMIN = "platform-admin";

    private Roles() {
    }
}
