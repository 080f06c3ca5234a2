package io.factdesk.web.support;

/**
 * The order of the page filters on the HTTP route, in one place (a higher number runs earlier): security headers
 * on every answer first, then the forms-only check, then the language choice, then the served-page cache.
 */
public final class FilterOrder {

    public static final int SERVED_PAGES = 1_000;
    public static final int LANGUAGE = SERVED_PAGES + 50;
    public static final int SECURITY_HEADERS = SERVED_PAGES + 100;
    public static final int FORMS_ONLY = SECURITY_HEADERS - 50;

    private FilterOrder() {
    }
}
