package io.factdesk.web.support;

/** A page asked for something that does not exist (or that the viewer may not know exists): 404. */
public class PageNotFound extends RuntimeException {

    public PageNotFound(String what) {
        super(what);
    }
}
