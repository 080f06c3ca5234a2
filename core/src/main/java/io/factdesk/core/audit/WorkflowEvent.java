package io.factdesk.core.audit;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.ClaimState;
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
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.Immutable;

/**
 * One entry of the append-only audit trail: who did what to a claim, when, and from which state to which.
 * The database refuses UPDATE and DELETE on this table.
 */
@Entity
@Immutable
@Table(name = "workflow_event")
public class WorkflowEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "claim_id")
    public Claim claim;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    /** Past tense: ClaimSubmitted, ClaimTaken, ReviewSubmitted, RatingApproved, ... */
    @Column(name = "event_type")
    public String type;

    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public ClaimState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public ClaimState toState;

    public String note;

    @Column(name = "occurred_at")
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
