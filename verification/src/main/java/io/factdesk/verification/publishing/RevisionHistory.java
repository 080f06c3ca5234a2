package io.factdesk.verification.publishing;

import io.factdesk.core.rating.RatingStep;
import io.factdesk.verification.publishing.VerdictPage.RevisionView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The public revision history of a verdict: each published revision with its rating and the correction behind it. */
final class RevisionHistory {

    private static final String NO_COLOUR = "#555555";

    /** One published revision as the history lists it. */
    record Published(int revision, String ratingCode, String headline, Instant publishedAt) {
    }

    private RevisionHistory() {
    }

    /**
     * @param revisions the verdict's published revisions, oldest first
     * @param notes the public correction note of each revision a correction published, by revision number
     * @param scale the organisation's rating scale, for labels and colours
     */
    static List<RevisionView> of(List<Published> revisions, Map<Integer, String> notes, List<RatingStep> scale) {
        Map<String, RatingStep> ratings = scale.stream().collect(Collectors.toMap(RatingStep::code,
                Function.identity(), (first, second) -> first));
        List<RevisionView> views = new ArrayList<>(revisions.size());
        String previousCode = null;
        for (Published revision : revisions) {
            boolean changed = previousCode != null && !Objects.equals(previousCode, revision.ratingCode());
            views.add(new RevisionView(revision.revision(), revision.ratingCode(), revision.headline(),
                    revision.publishedAt(), label(ratings, revision.ratingCode()),
                    colour(ratings, revision.ratingCode()), notes.get(revision.revision()),
                    changed ? label(ratings, previousCode) : null));
            previousCode = revision.ratingCode();
        }
        return views;
    }

    private static String label(Map<String, RatingStep> ratings, String code) {
        RatingStep rating = ratings.get(code);
        return rating == null ? code : rating.label();
    }

    private static String colour(Map<String, RatingStep> ratings, String code) {
        RatingStep rating = ratings.get(code);
        return rating == null || rating.colour() == null ? NO_COLOUR : rating.colour();
    }
}
