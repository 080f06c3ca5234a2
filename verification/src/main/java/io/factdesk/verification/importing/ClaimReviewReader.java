package io.factdesk.verification.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factdesk.verification.common.InvalidInput;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads schema.org ClaimReview JSON(-LD): a single ClaimReview, an array of them, an {@code @graph}, or a
 * DataFeed whose {@code dataFeedElement[].item[]} are ClaimReviews.
 */
final class ClaimReviewReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClaimReviewReader() {
    }

    static List<FactCheckRow> read(String content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw InvalidInput.of("content", "json", String.valueOf(e.getOriginalMessage()));
        }
        List<JsonNode> reviews = new ArrayList<>();
        collect(root, reviews);
        if (reviews.isEmpty()) {
            throw InvalidInput.of("content", "no_claimreview");
        }
        List<FactCheckRow> rows = new ArrayList<>();
        for (int i = 0; i < reviews.size(); i++) {
            rows.add(row(i + 1, reviews.get(i)));
        }
        return rows;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isArray()) {
            node.forEach(element -> collect(element, out));
        } else if (node.has("@graph")) {
            collect(node.get("@graph"), out);
        } else if (node.has("dataFeedElement")) {
            node.get("dataFeedElement").forEach(element -> collect(element.has("item") ? element.get("item") : element, out));
        } else if (node.isObject()) {
            out.add(node);
        }
    }

    private static FactCheckRow row(int number, JsonNode review) {
        String type = text(review, "@type");
        if (type != null && !type.equals("ClaimReview")) {
            return FactCheckRow.unreadable(number, "@type is " + type + ", not ClaimReview");
        }
        try {
            JsonNode rating = review.path("reviewRating");
            JsonNode item = review.path("itemReviewed");
            JsonNode appearance = item.path("appearance");
            if (appearance.isArray()) {
                appearance = appearance.path(0);
            }
            return new FactCheckRow(number, text(review, "url"), text(review, "claimReviewed"),
                    text(item.path("author"), "name"), Dates.day(text(item, "datePublished")),
                    text(rating, "alternateName"), number(rating, "ratingValue"), number(rating, "bestRating"),
                    number(rating, "worstRating"), Dates.instant(text(review, "datePublished")),
                    text(review, "headline"), text(review, "description"),
                    appearance.isTextual() ? appearance.asText() : text(appearance, "url"),
                    text(review.path("author"), "name"), null);
        } catch (IllegalArgumentException unreadable) {
            return FactCheckRow.unreadable(number, unreadable.getMessage());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() && !value.asText().isBlank() ? value.asText().strip() : null;
    }

    private static Double number(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            return null;
        }
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " is not a number: " + value);
        }
    }
}
