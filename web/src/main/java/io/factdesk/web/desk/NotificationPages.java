package io.factdesk.web.desk;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.core.notification.Notification;
import io.factdesk.core.staff.Actor;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.common.PageRequest;
import io.factdesk.verification.common.Paged;
import io.factdesk.verification.notification.Notifications;
import io.factdesk.web.errors.DeskErrors;
import io.factdesk.web.forms.PageNumbers;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The staff member's own notifications (the bell): newest first, opening one marks it read. */
@Path("/desk/notifications")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class NotificationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Actor me, Paged<Notification> notifications, long unread,
                String previousUrl, String nextUrl, boolean done);
    }

    @Inject
    CurrentActor currentActor;

    @Inject
    Notifications notifications;

    @GET
    @Transactional
    public String index(@jakarta.ws.rs.QueryParam("page") String page,
            @jakarta.ws.rs.QueryParam("done") String done) {
        Actor me = currentActor.get();
        int number = PageNumbers.of(page);
        Paged<Notification> list = notifications.list(me, new PageRequest(number, PageRequest.DEFAULT_SIZE));
        long pages = Math.max(1, (list.total() + list.size() - 1) / list.size());
        return Templates.index(me, list, notifications.unread(me),
                number > 1 ? "/desk/notifications?page=" + (number - 1) : null,
                number < pages ? "/desk/notifications?page=" + (number + 1) : null, "read".equals(done)).render();
    }

    /** Marks the notification read and opens its claim. */
    @POST
    @Path("{id}/read")
    public Response open(@PathParam("id") long id) {
        try {
            long claimId = notifications.markRead(currentActor.get(), id);
            return Response.seeOther(URI.create("/desk/claims/" + claimId)).build();
        } catch (NotFound e) {
            DeskErrors.messageOf(e);
            throw e;
        }
    }

    @POST
    @Path("read")
    public Response markAllRead() {
        notifications.markAllRead(currentActor.get());
        return Response.seeOther(URI.create("/desk/notifications?done=read")).build();
    }
}
