package io.factdesk.core.tip;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.organisation.Organisation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** A reader's request to check something. */
@Entity
public class Tip extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    public String text;
    public String url;
    public String contact;

    /** The claim the tip was counted against, once one exists. */
    @ManyToOne
    @JoinColumn(name = "claim_id")
    public Claim claim;

    /** A hash of the sender's address, for rate limiting; never the address itself. */
    @Column(name = "client_key")
    public String clientKey;

    @Column(name = "submitted_at")
    public Instant submittedAt = Instant.now();

    /** When someone on the desk dealt with the tip; null while it is open. */
    @Column(name = "handled_at")
    public Instant handledAt;

    @Column(name = "handled_by")
    public String handledBy;

    /** The tip this one was merged into as a duplicate; null for the first tip of a group. */
    @ManyToOne
    @JoinColumn(name = "duplicate_of_id")
    public Tip duplicateOf;

    /**
     * Where to tell the reader once the linked claim's verdict is published: kept only with the reader's consent,
     * erased when that one e-mail is queued.
     */
    @Column(name = "notify_email")
    public String notifyEmail;

    /** The interface language the reader used when asking to be told ("en", "uk"): the e-mail is written in it. */
    @Column(name = "notify_language")
    public String notifyLanguage;

    public boolean isHandled() {
        return handledAt != null;
    }
}
