package io.factdesk.web.desk;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.core.staff.Actor;
import io.factdesk.verification.notification.StaffDirectory;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** A staff member's own preferences: whether notifications also come by e-mail, and to which address. */
@Path("/desk/preferences")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class Preferences {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(Actor me, StaffDirectory.Preferences preferences, boolean done);
    }

    @Inject
    CurrentActor currentActor;

    @Inject
    StaffDirectory directory;

    @GET
    public String edit(@RestQuery String done) {
        Actor me = currentActor.get();
        return Templates.edit(me, directory.preferences(me), "saved".equals(done)).render();
    }

    /** A checked box sends "on"; an unchecked one sends nothing. */
    @POST
    public Response save(@RestForm String email) {
        directory.setEmailNotifications(currentActor.get(), "on".equals(email));
        return Response.seeOther(URI.create("/desk/preferences?done=saved")).build();
    }
}
