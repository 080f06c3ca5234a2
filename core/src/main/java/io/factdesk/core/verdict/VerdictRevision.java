package io.factdesk.core.verdict;

import io.factdesk.core.claim.ClaimantKind;
import io.factdesk.core.common.Identified;
import io.factdesk.core.review.Review;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One published version of a verdict; old revisions stay readable after a correction. Besides the verdict text it
 * holds a snapshot of the claim, its evidence and its appearances as they were approved: the public reads only
 * this, never the claim's live rows, which reviewers may be editing after a reopen.
 */
@Entity
@jakarta.persistence.Table(name = "verdict_revision")
public class VerdictRevision extends Identified {

    @ManyToOne(optional = false)
    public Verdict verdict;

    public int revision;

    @ManyToOne
    public Review review;

    public String ratingCode;

    public String headline;
    public String summary;

    /** Markdown, as the editor wrote it. */
    public String explanation;

    /**
     * The explanation rendered and sanitised (V33), written by the publisher with the explanation; what the
     * public page shows. Null only for a revision published before V33 until the start-up backfill reaches it.
     */
    public String explanationHtml;

    /** Comma-separated usernames of the approving editors. */
    public String approvers;

    public Instant publishedAt;

    public String claimText;

    public String claimant;

    @Enumerated(EnumType.STRING)
    public ClaimantKind claimantKind;

    public LocalDate claimedOn;

    public String claimLanguage = "en";

    /** The claim's words as public search compares them (V30), space-separated; written by the publisher. */
    public String searchTerms;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<PublishedEvidence> evidence = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<PublishedAppearance> appearances = new ArrayList<>();

    /** Copies the published snapshot of another revision (a correction changes the verdict text, not the claim). */
    public void keepSnapshotOf(VerdictRevision earlier) {
        claimText = earlier.claimText;
        claimant = earlier.claimant;
        claimantKind = earlier.claimantKind;
        claimedOn = earlier.claimedOn;
        claimLanguage = earlier.claimLanguage;
        searchTerms = earlier.searchTerms;
        evidence = new ArrayList<>(earlier.evidence);
        appearances = new ArrayList<>(earlier.appearances);
    }

    public static List<VerdictRevision> of(Verdict verdict) {
        return list("verdict = ?1 order by revision", verdict);
    }
}
