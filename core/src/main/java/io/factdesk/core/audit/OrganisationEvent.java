package io.factdesk.core.audit;

import io.factdesk.core.organisation.Organisation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.Immutable;

/**
 * One entry of an organisation's append-only audit trail: who changed which of its settings, when, and what the
 * change was. The database refuses UPDATE and DELETE on this table.
 */
@Entity
@Immutable
@Table(name = "organisation_event")
public class OrganisationEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    /**
     * Past tense: PoliciesChanged, RatingScaleChanged, ProfileChanged, WebhookAdded, WebhookRemoved,
     * OrganisationCreated, StaffInvited, InvitationAccepted, InvitationWithdrawn, StaffRolesChanged, StaffRemoved.
     */
    @Column(name = "event_type")
    public String type;

    public String actor;

    public String note;

    @Column(name = "occurred_at")
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
