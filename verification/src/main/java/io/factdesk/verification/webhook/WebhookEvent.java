package io.factdesk.verification.webhook;

import java.util.Arrays;
import java.util.Optional;

/** What a webhook can be told about. The names are part of the public contract: never rename one. */
public enum WebhookEvent {
    /** A verdict was approved and published (first time, or again after a re-review). */
    VERDICT_PUBLISHED("verdict.published"),
    /** A published verdict was corrected: a new revision with a public correction note. */
    VERDICT_CORRECTED("verdict.corrected"),
    /** A published verdict's claim was reopened: the verdict stays public, marked under review. */
    VERDICT_UNDER_REVIEW("verdict.under-review");

    private final String wireName;

    WebhookEvent(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<WebhookEvent> byWireName(String name) {
        return Arrays.stream(values()).filter(e -> e.wireName.equals(name)).findFirst();
    }
}
