package io.factdesk.api.problem;

/**
 * Which channel a request belongs to, decided here and nowhere else: the REST API answers failures as
 * problem+json, pages for people answer them as HTML pages, and Quarkus's own endpoints under {@code /q} with a
 * bare status.
 */
public enum Channel {
    /** {@code /api} and below: problem+json. */
    API,
    /** {@code /q} and below (health, metrics, OpenAPI): a bare status, neither JSON problems nor pages. */
    TOOLING,
    /** Every other address is a page for people. */
    PAGE;

    public static Channel of(String path) {
        if (path == null) {
            return PAGE;
        }
        if (path.equals("/api") || path.startsWith("/api/")) {
            return API;
        }
        return path.equals("/q") || path.startsWith("/q/") ? TOOLING : PAGE;
    }

    public static boolean isPage(String path) {
        return of(path) == PAGE;
    }
}
