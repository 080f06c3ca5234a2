package io.factdesk.core.notification;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.organisation.Organisation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** Something a staff member is told about a claim, in the desk's bell and (if they want it) by e-mail. */
@Entity
@jakarta.persistence.Table(name = "notification")
public class Notification extends PanacheEntityBase {

    /** Why the recipient is told. */
    public enum Kind {
        ASSIGNED, RETURNED, AWAITING_APPROVAL, REOPENED, PUBLISHED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    /** The login name of the staff member told. */
    public String recipient;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @ManyToOne(optional = false)
    @JoinColumn(name = "claim_id")
    public Claim claim;

    /** Who did what the notification is about. */
    public String actor;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "read_at")
    public Instant readAt;

    public boolean isRead() {
        return readAt != null;
    }

    public static long unreadCount(String recipient, Organisation organisation) {
        return count("recipient = ?1 and organisation = ?2 and readAt is null", recipient, organisation);
    }
}
