package io.factdesk.core.tip;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.common.Identified;
import io.factdesk.core.organisation.Organisation;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** A reader's request to check something. */
@Entity
public class Tip extends Identified {

    /** The organisation the tip was sent to (the column allows null, so not an {@code OrganisationOwned}). */
    @ManyToOne
    public Organisation organisation;

    public String text;
    public String url;
    public String contact;

    /** The claim the tip was counted against, once one exists. */
    @ManyToOne
    public Claim claim;

    /** A hash of the sender's address, for rate limiting; never the address itself. */
    public String clientKey;

    public Instant submittedAt = Instant.now();

    /** When someone on the desk dealt with the tip; null while it is open. */
    public Instant handledAt;

    public String handledBy;

    /** The tip this one was merged into as a duplicate; null for the first tip of a group. */
    @ManyToOne
    public Tip duplicateOf;

    /**
     * Where to tell the reader once the linked claim's verdict is published: kept only with the reader's consent,
     * erased when that one e-mail is queued.
     */
    public String notifyEmail;

    /** The interface language the reader used when asking to be told ("en", "uk"): the e-mail is written in it. */
    public String notifyLanguage;

    public boolean isHandled() {
        return handledAt != null;
    }
}
