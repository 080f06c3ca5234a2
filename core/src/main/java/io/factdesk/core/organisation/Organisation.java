package io.factdesk.core.organisation;

import io.factdesk.core.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/** A fact-checking organisation: owns claims, articles and verdicts, and sets its own review policies. */
@Entity
public class Organisation extends Identified {

    public String slug;
    public String name;
    public String url;
    public String description;
    public String methodology;

    public int approvalsRequired = 1;

    public int panelSize = 1;

    public int minEvidence = 2;

    public int minDistinctPublishers = 2;

    /**
     * Whether one editor alone may publish a typo-level correction (flagged, rating unchanged, a small text edit).
     * Off by default: every other correction needs the approval panel.
     */
    public boolean typoCorrectionsAllowed;

    /** Interface language of the desk when the user's choice and browser name none Factdesk speaks ("en", "uk"). */
    public String defaultLanguage = "en";

    public Instant createdAt = Instant.now();

    @Version
    public long version;

    public static Optional<Organisation> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Sets the approval and evidence policies together, keeping k-of-n consistent. */
    public void changePolicies(int approvalsRequired, int panelSize, int minEvidence, int minDistinctPublishers) {
        if (approvalsRequired < 1 || panelSize < approvalsRequired) {
            throw new IllegalArgumentException("approvals required must be between 1 and the panel size");
        }
        if (minEvidence < 0 || minDistinctPublishers < 0 || minDistinctPublishers > Math.max(minEvidence, 0)) {
            throw new IllegalArgumentException("distinct publishers cannot exceed the minimum evidence items");
        }
        this.approvalsRequired = approvalsRequired;
        this.panelSize = panelSize;
        this.minEvidence = minEvidence;
        this.minDistinctPublishers = minDistinctPublishers;
    }
}
