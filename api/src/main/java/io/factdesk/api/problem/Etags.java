package io.factdesk.api.problem;

import jakarta.ws.rs.core.EntityTag;

/**
 * Version numbers as entity tags: a claim at version 7 has {@code ETag: "7"}. Clients send it back in
 * {@code If-Match}; a different current version gets 412.
 */
public final class Etags {

    private Etags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version named by an If-Match header, null when absent or "*" (no check), -1 for foreign tags. */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "").strip();
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            // An entity tag we never issued cannot match the current one (RFC 9110: 412).
            return -1L;
        }
    }
}
