package io.factdesk.verification.publishing;

import io.factdesk.core.rating.Rating;
import io.factdesk.core.verdict.Correction;
import io.factdesk.core.verdict.VerdictRevision;
import io.factdesk.verification.publishing.VerdictPage.RevisionView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The public revision history of a verdict: each published revision with its rating and the correction behind it. */
final class RevisionHistory {

    private static final String NO_COLOUR = "#555555";

    private RevisionHistory() {
    }

    /**
     * @param revisions the verdict's published revisions, oldest first
     * @param corrections its public correction notes
     * @param scale the organisation's rating scale, for labels and colours
     */
    static List<RevisionView> of(List<VerdictRevision> revisions, List<Correction> corrections, List<Rating> scale) {
        Map<String, Rating> ratings = scale.stream().collect(Collectors.toMap(r -> r.code, Function.identity(),
                (first, second) -> first));
        Map<Integer, String> notes = corrections.stream().collect(Collectors.toMap(c -> c.revision, c -> c.note,
                (first, second) -> first));
        List<RevisionView> views = new ArrayList<>(revisions.size());
        String previousCode = null;
        for (VerdictRevision revision : revisions) {
            boolean changed = previousCode != null && !Objects.equals(previousCode, revision.ratingCode);
            views.add(new RevisionView(revision.revision, revision.ratingCode, revision.headline,
                    revision.publishedAt, label(ratings, revision.ratingCode), colour(ratings, revision.ratingCode),
                    notes.get(revision.revision), changed ? label(ratings, previousCode) : null));
            previousCode = revision.ratingCode;
        }
        return views;
    }

    private static String label(Map<String, Rating> ratings, String code) {
        Rating rating = ratings.get(code);
        return rating == null ? code : rating.label;
    }

    private static String colour(Map<String, Rating> ratings, String code) {
        Rating rating = ratings.get(code);
        return rating == null || rating.colour == null ? NO_COLOUR : rating.colour;
    }
}
