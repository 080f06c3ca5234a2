package io.factdesk.core.audit;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.ClaimState;
import io.factdesk.core.organisation.OrganisationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.Immutable;

/**
 * One entry of the append-only audit trail: who did what to a claim, when, and from which state to which.
 * The database refuses UPDATE and DELETE on this table.
 */
@Entity
@Immutable
public class WorkflowEvent extends OrganisationOwned {

    @ManyToOne(optional = false)
    public Claim claim;

    /** Past tense: ClaimSubmitted, ClaimTaken, ReviewSubmitted, RatingApproved, ... */
    @Column(name = "event_type")
    public String type;

    public String actor;

    @Enumerated(EnumType.STRING)
    public ClaimState fromState;

    @Enumerated(EnumType.STRING)
    public ClaimState toState;

    public String note;

    public Instant occurredAt = Instant.now();

    public static WorkflowEvent record(Claim claim, String type, String actor, ClaimState from, ClaimState to,
            String note) {
        WorkflowEvent event = new WorkflowEvent();
        event.claim = claim;
        event.organisation = claim.organisation;
        event.type = type;
        event.actor = actor;
        event.fromState = from;
        event.toState = to;
        event.note = note;
        event.persist();
        return event;
    }

    public static List<WorkflowEvent> trailOf(Claim claim) {
        return list("claim = ?1 order by id", claim);
    }
}
