package io.factdesk.web.publicsite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factdesk.verification.publishing.VerdictPage;
import io.factdesk.verification.publishing.VerdictSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The schema.org ClaimReview of a verdict page as JSON-LD for the page head. The JSON is made safe to embed in
 * a {@code <script>} element: {@code <}, {@code >} and {@code &} are written as Unicode escapes, so no claim text
 * can close the element.
 */
@ApplicationScoped
public class ClaimReviewJsonLd {

    @Inject
    ObjectMapper json;

    public String of(VerdictPage page, String url) {
        VerdictSummary v = page.verdict();
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        if (page.ratingValue() != null) {
            rating.put("ratingValue", page.ratingValue());
            rating.put("bestRating", page.bestRating());
            rating.put("worstRating", page.worstRating());
        }
        rating.put("alternateName", v.ratingLabel());

        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("@type", "Claim");
        if (v.claimant() != null) {
            claim.put("author", Map.of("@type", "Person", "name", v.claimant()));
        }
        if (v.claimedOn() != null) {
            claim.put("datePublished", v.claimedOn().toString());
        }
        page.appearances().stream().filter(a -> a.url() != null).findFirst()
                .ifPresent(a -> claim.put("appearance", Map.of("@type", "CreativeWork", "url", a.url())));

        Map<String, Object> author = new LinkedHashMap<>();
        author.put("@type", "Organization");
        author.put("name", v.organisationName());
        if (page.organisationUrl() != null) {
            author.put("url", page.organisationUrl());
        }

        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", url);
        review.put("claimReviewed", v.claimText());
        review.put("datePublished", v.firstPublishedAt().toString().substring(0, 10));
        review.put("author", author);
        review.put("reviewRating", rating);
        review.put("itemReviewed", claim);
        try {
            return json.writeValueAsString(review)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
