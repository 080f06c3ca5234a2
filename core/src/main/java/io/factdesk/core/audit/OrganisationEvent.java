package io.factdesk.core.audit;

import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.organisation.OrganisationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.Immutable;

/**
 * One entry of an organisation's append-only audit trail: who changed which of its settings, when, and what the
 * change was. The database refuses UPDATE and DELETE on this table.
 */
@Entity
@Immutable
public class OrganisationEvent extends OrganisationOwned {

    /**
     * Past tense: PoliciesChanged, RatingScaleChanged, ProfileChanged, WebhookAdded, WebhookRemoved,
     * OrganisationCreated, StaffInvited, InvitationAccepted, InvitationWithdrawn, StaffRolesChanged, StaffRemoved.
     */
    @Column(name = "event_type")
    public String type;

    public String actor;

    public String note;

    public Instant occurredAt = Instant.now();

    public static OrganisationEvent record(Organisation organisation, String type, String actor, String note) {
        OrganisationEvent event = new OrganisationEvent();
        event.organisation = organisation;
        event.type = type;
        event.actor = actor;
        event.note = note;
        event.persist();
        return event;
    }

    /** The organisation's latest events, newest first. */
    public static List<OrganisationEvent> latestOf(Organisation organisation, int page, int size) {
        return find("organisation = ?1 order by id desc", organisation).page(page - 1, size).list();
    }

    public static long countOf(Organisation organisation) {
        return count("organisation", organisation);
    }
}
