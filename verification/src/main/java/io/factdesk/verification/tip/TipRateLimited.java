package io.factdesk.verification.tip;

import java.time.Duration;

/** The same client sent too many tips recently; nothing was stored. */
public class TipRateLimited extends RuntimeException {

    private final Duration retryAfter;

    public TipRateLimited(Duration retryAfter) {
        super("Too many tips from your address; please try again later.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
