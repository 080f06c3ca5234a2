package io.factdesk.verification.notification;

import io.factdesk.core.notification.Notification;
import io.factdesk.core.staff.Actor;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.common.PageRequest;
import io.factdesk.verification.common.Paged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** A staff member's own notifications: newest first, the unread count for the bell, marking them read. */
@ApplicationScoped
public class Notifications {

    private static final String MINE = "recipient = ?1 and organisation = ?2";

    @Transactional
    public Paged<Notification> list(Actor actor, PageRequest page) {
        PageRequest p = page == null ? PageRequest.first() : page;
        var query = Notification.<Notification>find(MINE + " order by createdAt desc, id desc", actor.username(),
                actor.organisation());
        return new Paged<>(query.page(p.page() - 1, p.size()).list(), p.page(), p.size(), query.count());
    }

    @Transactional
    public long unread(Actor actor) {
        return Notification.unreadCount(actor.username(), actor.organisation());
    }

    /** Marks one of the actor's notifications read; someone else's is {@link NotFound}. Returns its claim id. */
    @Transactional
    public long markRead(Actor actor, long id) {
        Notification notification = Notification.<Notification>find("id = ?3 and " + MINE, actor.username(),
                actor.organisation(), id).firstResultOptional().orElseThrow(() -> new NotFound("notification", id));
        if (notification.readAt == null) {
            notification.readAt = Instant.now();
        }
        return notification.claim.id;
    }

    /** Marks all of the actor's notifications read; returns how many were unread. */
    @Transactional
    public int markAllRead(Actor actor) {
        return Notification.update("readAt = ?3 where " + MINE + " and readAt is null", actor.username(),
                actor.organisation(), Instant.now());
    }
}
