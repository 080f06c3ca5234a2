package io.factdesk.verification.staff;

import java.time.Instant;

/** An organisation as the platform administrator sees it in the list. */
public record OrganisationSummary(long id, String slug, String name, long members, long invitations,
        Instant createdAt) {
}
