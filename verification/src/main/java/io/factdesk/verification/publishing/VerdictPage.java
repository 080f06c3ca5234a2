package io.factdesk.verification.publishing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.factdesk.core.evidence.Stance;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the public verdict page shows: the current revision, where the claim appeared, the evidence, every
 * revision and every correction. {@code explanation} is the Markdown the editor wrote; {@code explanationHtml}
 * is the same rendered and sanitised when the revision was published (V33), which is what the page shows (not
 * part of the API's JSON, which has always carried the Markdown). {@code importedFrom} names the original
 * publisher of a bulk-imported verdict (null otherwise).
 */
public record VerdictPage(
        VerdictSummary verdict,
        String importedFrom,
        String explanation,
        @JsonIgnore String explanationHtml,
        List<String> approvers,
        Integer ratingValue,
        Integer bestRating,
        Integer worstRating,
        String ratingDescription,
        String organisationUrl,
        List<AppearanceView> appearances,
        List<EvidenceView> evidence,
        List<RevisionView> revisions,
        List<CorrectionView> corrections) {

    /** Where the claim was seen. */
    public record AppearanceView(String url, String quote, String outlet, LocalDate appearedOn, String articleTitle) {
    }

    /** A source consulted. */
    public record EvidenceView(String url, String citation, String title, String publisher, LocalDate accessedOn,
            Stance stance, String note) {
    }

    /**
     * One published revision; old ones stay readable at {@code /verdicts/{slug}/revisions/{revision}}.
     *
     * @param correctionNote the public note of the correction that published this revision; null for the first
     *     revision and for one published after a re-review
     * @param previousRatingLabel the rating of the revision before, when this one changed it; null otherwise
     */
    public record RevisionView(int revision, String ratingCode, String headline, Instant publishedAt,
            String ratingLabel, String ratingColour, String correctionNote, String previousRatingLabel) {

        /** The revision before this one (0 for the first). */
        public int previousRevision() {
            return revision - 1;
        }
    }

    /** The revision this page shows (the current one on the verdict's own page). */
    public RevisionView shown() {
        return revisions.stream().filter(r -> r.revision() == verdict.revision()).findFirst().orElse(null);
    }

    /** Whether this page shows an earlier revision, not the current one. */
    public boolean archived() {
        return !revisions.isEmpty() && verdict.revision() != revisions.get(revisions.size() - 1).revision();
    }

    /** The revision that replaced the one shown, or null when it is the current one. */
    public RevisionView next() {
        return revisions.stream().filter(r -> r.revision() == verdict.revision() + 1).findFirst().orElse(null);
    }

    /** A public correction note. */
    public record CorrectionView(int revision, String note, Instant correctedAt) {
    }
}
