package io.factdesk.verification.settings;

import io.factdesk.core.audit.OrganisationEvent;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.common.NotPermitted;
import io.factdesk.verification.common.PageRequest;
import io.factdesk.verification.common.Paged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** The audit trail of an organisation's settings (policies, rating scale, profile, webhooks), for its admins. */
@ApplicationScoped
public class SettingsAudit {

    /** One change of the organisation's settings, detached from the database. */
    public record Entry(long id, String type, String actor, String note, Instant occurredAt) {

        static Entry of(OrganisationEvent event) {
            return new Entry(event.id, event.type, event.actor, event.note, event.occurredAt);
        }
    }

    /** The latest changes first (admin). */
    @Transactional
    public Paged<Entry> of(Actor actor, PageRequest page) {
        NotPermitted.unlessHas(actor, StaffRole.ADMIN);
        Organisation organisation = Organisation.findById(actor.organisation().id);
        return new Paged<>(OrganisationEvent.latestOf(organisation, page.page(), page.size()).stream()
                .map(Entry::of).toList(), page.page(), page.size(), OrganisationEvent.countOf(organisation));
    }
}
