package io.factdesk.web.support;

/** The viewer is logged in but may not open this page: 403. */
public class PageForbidden extends RuntimeException {

    public PageForbidden(String message) {
        super(message);
    }
}
