package io.factdesk.verification.common;

import java.time.Duration;
import java.util.List;

/** The same client sent too many requests recently (e.g. tips); nothing was stored. */
public final class RateLimited extends Refused {

    private final Duration retryAfter;

    /** @param what what was sent too often, in the plural ("tips") */
    public RateLimited(String what, Duration retryAfter) {
        super("rate-limited", "too_many_" + what, List.of(), null,
                "Too many " + what + " from your address; please try again later.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public Kind kind() {
        return Kind.RATE_LIMITED;
    }
}
