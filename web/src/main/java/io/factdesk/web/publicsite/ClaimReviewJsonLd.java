package io.factdesk.web.publicsite;

import io.factdesk.verification.claimreview.ClaimReviewMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The schema.org ClaimReview of a verdict as JSON-LD for the page head, made safe to embed in a
 * {@code <script>} element: {@code <}, {@code >} and {@code &} are written as Unicode escapes, so no claim text
 * can close the element.
 */
@ApplicationScoped
public class ClaimReviewJsonLd {

    @Inject
    ClaimReviewMapper mapper;

    public String of(String slug) {
        return mapper.forSlug(slug).map(Object::toString).orElse("{}")
                .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
