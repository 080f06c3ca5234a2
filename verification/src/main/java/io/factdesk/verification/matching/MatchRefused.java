package io.factdesk.verification.matching;

/** A match decision that the rules do not allow; the message says which rule, {@link #reason()} names it. */
public class MatchRefused extends RuntimeException {

    /** Which rule refused the decision. */
    public enum Reason {
        /** The actor is not a reviewer or editor of the claim's organisation. */
        WRONG_ROLE("wrong-role"),
        /** The claim is not the actor's organisation's, or the earlier claim does not exist or may not be seen. */
        NOT_FOUND("not-found"),
        /** A claim cannot be matched with itself. */
        SAME_CLAIM("same-claim");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        /** A stable code for clients (the API's problem sub-type). */
        public String code() {
            return code;
        }
    }

    private final Reason reason;

    public MatchRefused(String message) {
        this(Reason.SAME_CLAIM, message);
    }

    public MatchRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
