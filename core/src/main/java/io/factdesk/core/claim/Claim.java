package io.factdesk.core.claim;

import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.organisation.OrganisationOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A statement being checked. Its state changes only through the review workflow (enforced by an ArchUnit rule);
 * the version is the optimistic lock that lets exactly one of two concurrent transitions win.
 */
@Entity
public class Claim extends OrganisationOwned {

    public String text;
    public String claimant;

    /** Null when staff have not said whether the claimant is a person or an organisation. */
    @Enumerated(EnumType.STRING)
    public ClaimantKind claimantKind;

    public LocalDate claimedOn;

    public String language = "en";
    public String topics;

    /**
     * The text's and claimant's words as the cross-script analyser reads them (English stems, Ukrainian lemmas in
     * Latin letters, one spelling per name), separated by spaces, for the desk's search; set by the services.
     */
    public String searchTerms;

    public Double checkWorthiness;

    @Enumerated(EnumType.STRING)
    private ClaimState state = ClaimState.SUBMITTED;

    private String assignee;

    private String dismissReason;

    @ManyToOne
    public Claim duplicateOf;

    public int tipCount;

    public String createdBy;

    public Instant createdAt = Instant.now();

    public Instant updatedAt = Instant.now();

    @Version
    private long version;

    /** A new claim in the SUBMITTED state. */
    public static Claim submitted(Organisation organisation, String text, String claimant, String createdBy) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a claim needs its text");
        }
        Claim claim = new Claim();
        claim.organisation = organisation;
        claim.text = text.strip();
        claim.claimant = claimant == null || claimant.isBlank() ? null : claimant.strip();
        claim.createdBy = createdBy;
        return claim;
    }

    /** Finds a claim only if it belongs to the given organisation: staff never see another organisation's claims. */
    public static Optional<Claim> findInOrganisation(long id, Organisation organisation) {
        return find("id = ?1 and organisation = ?2", id, organisation).firstResultOptional();
    }

    public ClaimState state() {
        return state;
    }

    public String assignee() {
        return assignee;
    }

    public String dismissReason() {
        return dismissReason;
    }

    public long version() {
        return version;
    }

    /** Text and claimant may change only while nobody has finished reviewing the claim. */
    public boolean isEditable() {
        return state == ClaimState.SUBMITTED || state == ClaimState.IN_REVIEW;
    }

    /** Called by the review workflow only; it has checked role, organisation, state and policies. */
    public void moveTo(ClaimState next, String nextAssignee, String reason) {
        this.state = next;
        this.assignee = nextAssignee;
        if (next == ClaimState.DISMISSED) {
            this.dismissReason = reason;
        }
        touch();
    }

    /** Marks the claim changed so the optimistic lock version increases even when only children changed. */
    public void touch() {
        this.updatedAt = Instant.now();
    }
}
