package io.factdesk.api.problem;

/**
 * The stable problem {@code type} URIs of the API (catalogued in docs/api-problems.md). Clients may switch on
 * them; never rename one.
 */
public enum ProblemType {
    VALIDATION("validation", "Your request is not valid", 400),
    MALFORMED("malformed-request", "The request body cannot be read", 400),
    UNAUTHENTICATED("unauthenticated", "Authentication required", 401),
    FORBIDDEN("forbidden", "Not allowed", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Cannot produce the requested media type", 406),
    CONFLICT("conflict", "The request conflicts with the current state", 409),
    TRANSITION_REFUSED("transition-refused", "The workflow refused this transition", 409),
    STALE_VERSION("stale-version", "The resource changed in the meantime", 412),
    PAYLOAD_TOO_LARGE("payload-too-large", "The request body is too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    RATE_LIMITED("rate-limited", "Too many requests", 429),
    INTERNAL("internal-error", "Something went wrong on our side", 500),
    UNAVAILABLE("unavailable", "Service unavailable", 503);

    public static final String BASE = "https://factdesk.io/problems/";

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return BASE + slug;
    }

    /** A sub-type such as {@code transition-refused/four-eyes}, naming the exact rule. */
    public String uri(String code) {
        return code == null ? uri() : uri() + "/" + code;
    }

    /** The title in the caller's language (Accept-Language; English by default). */
    public String title() {
        return ProblemTitles.of(slug, title);
    }

    /** The title in English, whatever the caller asked for. */
    public String englishTitle() {
        return title;
    }

    /** The type's last path segment, such as {@code not-found}. */
    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    /** The general type for a bare HTTP status. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != MALFORMED && type != TRANSITION_REFUSED) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : VALIDATION;
    }
}
