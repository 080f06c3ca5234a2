package io.factdesk.verification.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factdesk.core.rating.Rating;
import io.factdesk.core.verdict.Verdict;
import io.factdesk.core.verdict.VerdictRevision;
import io.factdesk.core.webhook.Webhook;
import io.factdesk.core.webhook.WebhookDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a verdict change into one pending delivery per webhook of the verdict's organisation that wants the
 * event. Runs inside the change's transaction: the deliveries exist exactly when the change is committed, and
 * {@link WebhookDispatcher} sends them afterwards.
 */
@ApplicationScoped
public class WebhookOutbox {

    private static final ObjectMapper JSON = new ObjectMapper();

    void onVerdictChanged(@Observes VerdictChanged change) {
        Verdict verdict = change.verdict();
        String event = change.event().wireName();
        String payload = null;
        for (Webhook webhook : Webhook.of(verdict.organisation)) {
            if (!webhook.eventNames().contains(event)) {
                continue;
            }
            if (payload == null) {
                payload = payload(verdict, event);
            }
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.webhook = webhook;
            delivery.event = event;
            delivery.payload = payload;
            delivery.persist();
        }
    }

    /** The JSON body: the event, when it happened, and the verdict as the public page shows it. */
    static String payload(Verdict verdict, String event) {
        VerdictRevision current = verdict.current();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", event);
        body.put("occurredAt", Instant.now().toString());
        body.put("organisation", verdict.organisation.slug);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", verdict.id);
        v.put("slug", verdict.slug);
        v.put("path", "/verdicts/" + verdict.slug);
        v.put("revision", verdict.currentRevision);
        v.put("underReview", verdict.underReview);
        if (current != null) {
            // The approved snapshot, as the public page shows it; the claim row may be a draft after a reopen.
            v.put("claim", current.claimText);
            v.put("claimant", current.claimant);
            v.put("rating", current.ratingCode);
            v.put("ratingLabel", Rating.find(verdict.organisation, current.ratingCode).map(r -> r.label)
                    .orElse(current.ratingCode));
            v.put("headline", current.headline);
            v.put("summary", current.summary);
        }
        v.put("firstPublishedAt", String.valueOf(verdict.firstPublishedAt));
        v.put("updatedAt", String.valueOf(verdict.updatedAt));
        body.put("verdict", v);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
