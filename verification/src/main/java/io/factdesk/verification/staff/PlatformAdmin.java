package io.factdesk.verification.staff;

import java.util.Objects;

/**
 * A platform administrator: may create organisations. Built only from an identity that holds the identity
 * provider's {@link #ROLE} role; a platform administrator needs no organisation of their own.
 */
public record PlatformAdmin(String username) {

    /** The identity provider's role that makes a login a platform administrator. */
    public static final String ROLE = "platform-admin";

    public PlatformAdmin {
        Objects.requireNonNull(username, "username");
    }
}
