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
}
