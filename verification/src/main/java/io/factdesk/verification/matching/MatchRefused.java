package io.factdesk.verification.matching;

/** A match decision that the rules do not allow; the message says which rule. */
public class MatchRefused extends RuntimeException {

    public MatchRefused(String message) {
        super(message);
    }
}
