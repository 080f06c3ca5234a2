package io.factdesk.api.support;

/** Shared OpenAPI wording so every operation documents its problems the same way. */
public final class ApiDocs {

    public static final String PROBLEM = "application/problem+json";
    public static final String BAD_REQUEST = "Invalid input (problem type validation or malformed-request), with violations";
    public static final String UNAUTHENTICATED = "No valid bearer token (problem type unauthenticated)";
    public static final String FORBIDDEN = "The role does not allow this (problem type forbidden)";
    public static final String NOT_FOUND = "No such resource in your organisation (problem type not-found)";
    public static final String CONFLICT = "Refused in the current state (problem types conflict/*, transition-refused/*)";
    public static final String STALE = "If-Match names an older version (problem type stale-version)";
    public static final String TOO_LARGE = "Body over the size limit (problem type payload-too-large)";
    public static final String UNSUPPORTED = "Wrong Content-Type (problem type unsupported-media-type)";

    private ApiDocs() {
    }
}
