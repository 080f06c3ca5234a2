package io.factdesk.web.support;

import io.factdesk.core.notification.Notification;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.quarkus.qute.TemplateExtension;

/** Role checks for desk templates: {@code {#if me.editor}}. */
@TemplateExtension
public final class Staff {

    private Staff() {
    }

    static boolean editor(Actor actor) {
        return actor.has(StaffRole.EDITOR);
    }

    /** Reviewers and editors (an editor may do what a reviewer may). */
    static boolean reviewer(Actor actor) {
        return actor.has(StaffRole.REVIEWER);
    }

    static boolean admin(Actor actor) {
        return actor.has(StaffRole.ADMIN);
    }

    /** The count on the desk header's bell. */
    static long unreadNotifications(Actor actor) {
        return Notification.unreadCount(actor.username(), actor.organisation());
    }
}
