package io.factdesk.web.support;

import io.quarkus.qute.TemplateExtension;

/**
 * Human words for workflow codes in templates, from the message bundle: {@code {label:state(claim.state)}},
 * {@code {label:event(event.type)}}, {@code {label:moved(event.fromState, event.toState)}}. An unknown code shows as it is rather than
 * failing the page.
 */
@TemplateExtension(namespace = "label")
public final class Labels {

    private Labels() {
    }

    /** A claim state (the enum or its name) in words; "—" for none. */
    static String state(Object state) {
        return state == null ? "—" : msg().state_label(state.toString());
    }

    /** A workflow event type in words. */
    static String event(String type) {
        return type == null ? "" : msg().event_label(type);
    }

    /** "Submitted → In review" when an event moved the claim; null when it stayed where it was. */
    static String moved(Object from, Object to) {
        if (from == to) {
            return null;
        }
        return msg().history_moved(state(from), state(to));
    }

    /** A review round's status in words. */
    static String reviewStatus(Object status) {
        return status == null ? "" : msg().review_status(status.toString());
    }

    private static Words msg() {
        return PageLanguage.bundle(Words.class);
    }
}
