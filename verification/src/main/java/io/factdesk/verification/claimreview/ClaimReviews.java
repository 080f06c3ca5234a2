package io.factdesk.verification.claimreview;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factdesk.core.common.WebUrl;
import io.factdesk.core.rating.Rating;
import io.factdesk.core.verdict.PublishedAppearance;
import io.factdesk.core.verdict.Verdict;
import io.factdesk.core.verdict.VerdictRevision;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * Builds the schema.org ClaimReview of a published verdict from already loaded entities; no database access, so
 * the mapping is testable on its own. Everything about the claim comes from the revision's approved snapshot,
 * never from the live claim. See docs/workflow.md for the field-by-field mapping.
 */
public final class ClaimReviews {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ClaimReviews() {
    }

    /**
     * @param baseUrl the public site's base URL, without a trailing slash
     * @param revision the revision to describe (normally the verdict's current one)
     * @param scale the organisation's rating scale, for the rating's value and the scale's bounds
     */
    public static ObjectNode build(String baseUrl, Verdict verdict, VerdictRevision revision, List<Rating> scale) {
        ObjectNode review = JSON.objectNode();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", verdictUrl(baseUrl, verdict.slug));
        review.put("claimReviewed", revision.claimText);
        review.put("datePublished", date(verdict.firstPublishedAt));
        if (verdict.currentRevision > 1 && revision.publishedAt != null) {
            review.put("dateModified", date(revision.publishedAt));
        }
        review.set("author", author(baseUrl, verdict));
        review.set("reviewRating", rating(revision.ratingCode, revision.claimLanguage, scale));
        review.set("itemReviewed", itemReviewed(revision));
        return review;
    }

    /** The public URL of a verdict page. */
    public static String verdictUrl(String baseUrl, String slug) {
        return stripSlash(baseUrl) + "/verdicts/" + slug;
    }

    static ObjectNode rating(String code, String language, List<Rating> scale) {
        ObjectNode rating = JSON.objectNode();
        rating.put("@type", "Rating");
        Rating entry = scale.stream().filter(r -> r.code.equals(code)).findFirst().orElse(null);
        if (entry != null && entry.numericValue != null) {
            List<Integer> values = scale.stream().map(r -> r.numericValue).filter(Objects::nonNull).toList();
            rating.put("ratingValue", entry.numericValue);
            rating.put("bestRating", values.stream().mapToInt(Integer::intValue).max().orElseThrow());
            rating.put("worstRating", values.stream().mapToInt(Integer::intValue).min().orElseThrow());
        }
        // Unrated entries such as "Unproven" carry only their name.
        rating.put("alternateName", entry == null ? code : entry.labelIn(language));
        return rating;
    }

    private static ObjectNode author(String baseUrl, Verdict verdict) {
        ObjectNode author = JSON.objectNode();
        author.put("@type", "Organization");
        if (verdict.importedFrom != null) {
            // An imported fact-check is the original publisher's work, not ours.
            author.put("name", verdict.importedFrom);
            return author;
        }
        author.put("name", verdict.organisation.name);
        String home = WebUrl.linkOrNull(verdict.organisation.url);
        author.put("url", home == null ? stripSlash(baseUrl) : home);
        return author;
    }

    private static ObjectNode itemReviewed(VerdictRevision revision) {
        ObjectNode item = JSON.objectNode();
        item.put("@type", "Claim");
        List<PublishedAppearance> appearances = revision.appearances;
        if (revision.claimant != null) {
            ObjectNode claimant = JSON.objectNode();
            claimant.put("@type", Claimants.isOrganisation(revision.claimant, appearances) ? "Organization" : "Person");
            claimant.put("name", revision.claimant);
            item.set("author", claimant);
        }
        if (revision.claimedOn != null) {
            item.put("datePublished", revision.claimedOn.toString());
        }
        ArrayNode seen = item.putArray("appearance");
        for (PublishedAppearance appearance : appearances) {
            String url = WebUrl.linkOrNull(appearance.anyUrl());
            if (url == null) {
                continue;
            }
            ObjectNode work = seen.addObject();
            work.put("@type", "CreativeWork");
            work.put("url", url);
            if (appearance.appearedOn() != null) {
                work.put("datePublished", appearance.appearedOn().toString());
            }
            if (appearance.outlet() != null && !appearance.outlet().isBlank()) {
                work.putObject("publisher").put("@type", "Organization").put("name", appearance.outlet());
            }
        }
        return item;
    }

    private static String date(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static String stripSlash(String baseUrl) {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
