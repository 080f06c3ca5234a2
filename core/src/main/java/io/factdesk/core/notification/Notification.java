package io.factdesk.core.notification;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.organisation.OrganisationOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** Something a staff member is told about a claim, in the desk's bell and (if they want it) by e-mail. */
@Entity
@jakarta.persistence.Table(name = "notification")
public class Notification extends OrganisationOwned {

    /** Why the recipient is told. */
    public enum Kind {
        ASSIGNED, RETURNED, AWAITING_APPROVAL, REOPENED, PUBLISHED
    }

    /** The login name of the staff member told. */
    public String recipient;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @ManyToOne(optional = false)
    public Claim claim;

    /** Who did what the notification is about. */
    public String actor;

    public Instant createdAt = Instant.now();

    public Instant readAt;

    public boolean isRead() {
        return readAt != null;
    }

    public static long unreadCount(String recipient, Organisation organisation) {
        return count("recipient = ?1 and organisation = ?2 and readAt is null", recipient, organisation);
    }
}
