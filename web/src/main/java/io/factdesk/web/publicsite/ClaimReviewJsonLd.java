package io.factdesk.web.publicsite;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The schema.org ClaimReview of a verdict as JSON-LD for the page head, made safe to embed in a
 * {@code <script>} element: {@code <}, {@code >} and {@code &} are written as Unicode escapes, so no claim text
 * can close the element.
 */
@ApplicationScoped
public class ClaimReviewJsonLd {

    /** The ClaimReview as {@code PublishedVerdicts.withClaimReview} built it, ready for the page head. */
    public String of(ObjectNode claimReview) {
        return (claimReview == null ? "{}" : claimReview.toString())
                .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
