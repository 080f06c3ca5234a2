package io.factdesk.verification.claimreview;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factdesk.core.common.WebUrl;
import io.factdesk.core.rating.Rating;
import io.factdesk.core.rating.RatingStep;
import io.factdesk.core.verdict.PublishedAppearance;
import io.factdesk.core.verdict.Verdict;
import io.factdesk.core.verdict.VerdictRevision;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Builds the schema.org ClaimReview of a published verdict from values already read (entities or a read model);
 * no database access, so the mapping is testable on its own. Everything about the claim comes from the revision's approved snapshot,
 * never from the live claim. See docs/workflow.md for the field-by-field mapping.
 */
public final class ClaimReviews {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Google's fact-check markup documentation: worstRating has a minimum value of 1. */
    static final int LOWEST_WORST_RATING = 1;

    private ClaimReviews() {
    }

    /**
     * @param baseUrl the public site's base URL, without a trailing slash
     * @param revision the revision to describe (normally the verdict's current one)
     * @param scale the organisation's rating scale, for the rating's value and the scale's bounds
     */
    public static ObjectNode build(String baseUrl, Verdict verdict, VerdictRevision revision, List<Rating> scale) {
        return build(baseUrl, ReviewedVerdict.of(verdict, revision, scale));
    }

    /** The ClaimReview of a verdict read without entities (the public verdict page's read model). */
    public static ObjectNode build(String baseUrl, ReviewedVerdict verdict) {
        ObjectNode review = JSON.objectNode();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", verdictUrl(baseUrl, verdict.slug()));
        review.put("claimReviewed", verdict.claimText());
        review.put("datePublished", date(verdict.firstPublishedAt()));
        if (verdict.currentRevision() > 1 && verdict.publishedAt() != null) {
            review.put("dateModified", date(verdict.publishedAt()));
        }
        review.set("author", author(baseUrl, verdict));
        if (verdict.claimLanguage() != null && !"und".equals(verdict.claimLanguage())) {
            review.put("inLanguage", verdict.claimLanguage());
        }
        review.set("reviewRating", rating(verdict.ratingCode(), verdict.claimLanguage(), verdict.scale()));
        review.set("itemReviewed", itemReviewed(verdict));
        return review;
    }

    /** The public URL of a verdict page ({@code baseUrl} without a trailing slash: {@code SiteConfig.base()}). */
    public static String verdictUrl(String baseUrl, String slug) {
        return baseUrl + "/verdicts/" + slug;
    }

    /**
     * The reviewRating. Google's fact-check markup wants {@code worstRating} of at least 1 and {@code bestRating}
     * greater than it, so a scale whose lowest value is below 1 (the default one runs from 0 to 5) is shifted to
     * start at 1, keeping its order and spacing: 0..5 becomes 1..6. A scale with a single numeric value has no
     * range to express and gives only the rating's name.
     */
    static ObjectNode rating(String code, String language, List<RatingStep> scale) {
        ObjectNode rating = JSON.objectNode();
        rating.put("@type", "Rating");
        RatingStep entry = scale.stream().filter(r -> r.code().equals(code)).findFirst().orElse(null);
        if (entry != null && entry.numericValue() != null) {
            List<Integer> values = scale.stream().map(RatingStep::numericValue).filter(Objects::nonNull).toList();
            int best = values.stream().mapToInt(Integer::intValue).max().orElseThrow();
            int worst = values.stream().mapToInt(Integer::intValue).min().orElseThrow();
            if (best > worst) {
                int shift = Math.max(0, LOWEST_WORST_RATING - worst);
                rating.put("ratingValue", entry.numericValue() + shift);
                rating.put("bestRating", best + shift);
                rating.put("worstRating", worst + shift);
            }
        }
        // Unrated entries such as "Unproven" carry only their name.
        rating.put("alternateName", entry == null ? code : entry.labelIn(language));
        return rating;
    }

    private static ObjectNode author(String baseUrl, ReviewedVerdict verdict) {
        ObjectNode author = JSON.objectNode();
        author.put("@type", "Organization");
        if (verdict.importedFrom() != null) {
            // An imported fact-check is the original publisher's work, not ours.
            author.put("name", verdict.importedFrom());
            return author;
        }
        author.put("name", verdict.organisationName());
        String home = WebUrl.linkOrNull(verdict.organisationUrl());
        author.put("url", home == null ? baseUrl : home);
        return author;
    }

    private static ObjectNode itemReviewed(ReviewedVerdict revision) {
        ObjectNode item = JSON.objectNode();
        item.put("@type", "Claim");
        List<PublishedAppearance> appearances = revision.appearances();
        if (revision.claimant() != null) {
            ObjectNode claimant = JSON.objectNode();
            claimant.put("@type", Claimants.isOrganisation(revision.claimant(), revision.claimantKind(), appearances)
                    ? "Organization" : "Person");
            claimant.put("name", revision.claimant());
            item.set("author", claimant);
        }
        LocalDate first = firstDate(revision);
        if (first != null) {
            item.put("datePublished", first.toString());
        }
        if (!appearances.isEmpty()) {
            ArrayNode seen = item.putArray("appearance");
            appearances.forEach(appearance -> seen.add(work(appearance)));
            item.set("firstAppearance", work(earliest(appearances)));
        }
        return item;
    }

    /**
     * A place the claim appeared, as a CreativeWork. One recorded without a web address (a broadcast, a print
     * edition) is kept with what is known of it: its outlet, quote and date.
     */
    private static ObjectNode work(PublishedAppearance appearance) {
        ObjectNode work = JSON.objectNode();
        work.put("@type", "CreativeWork");
        String url = WebUrl.linkOrNull(appearance.anyUrl());
        if (url != null) {
            work.put("url", url);
        }
        String name = firstNonBlank(appearance.articleTitle(), appearance.outlet());
        if (name != null) {
            work.put("name", name);
        }
        if (appearance.quote() != null && !appearance.quote().isBlank()) {
            work.put("text", appearance.quote());
        }
        if (appearance.appearedOn() != null) {
            work.put("datePublished", appearance.appearedOn().toString());
        }
        if (appearance.outlet() != null && !appearance.outlet().isBlank()) {
            work.putObject("publisher").put("@type", "Organization").put("name", appearance.outlet());
        }
        return work;
    }

    /** The dated appearance seen first; the first recorded one when none is dated. */
    private static PublishedAppearance earliest(List<PublishedAppearance> appearances) {
        return appearances.stream().filter(a -> a.appearedOn() != null)
                .min(Comparator.comparing(PublishedAppearance::appearedOn))
                .orElse(appearances.get(0));
    }

    /** When the claim was made: the date staff gave, else the date of its earliest dated appearance. */
    private static LocalDate firstDate(ReviewedVerdict revision) {
        if (revision.claimedOn() != null) {
            return revision.claimedOn();
        }
        return revision.appearances().stream().map(PublishedAppearance::appearedOn).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String date(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
}
