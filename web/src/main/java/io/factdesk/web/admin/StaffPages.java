package io.factdesk.web.admin;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.core.staff.Actor;
import io.factdesk.verification.common.Conflict;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.staff.StaffAdministration;
import io.factdesk.verification.staff.StaffList;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The organisation's staff for its admins: invite by login name or e-mail address, change roles, remove, withdraw
 * an invitation. Every form redirects back to the page (303), with what happened or what was refused in the
 * address so that it can be reloaded.
 */
@Path("/desk/admin/staff")
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML)
public class StaffPages {

    static final List<String> ROLES = List.of("reviewer", "editor", "admin");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Actor me, StaffList staff, List<String> roles, String done,
                String error, String login);
    }

    @Inject
    CurrentActor currentActor;

    @Inject
    StaffAdministration administration;

    @GET
    public String index(@RestQuery String done, @RestQuery String error, @RestQuery String login) {
        Actor me = currentActor.get();
        return Templates.index(me, administration.list(me), ROLES, PageOutcome.known(done),
                PageOutcome.known(error), PageOutcome.shortText(login)).render();
    }

    @POST
    @Path("invitations")
    public Response invite(@RestForm String login, @RestForm("role") List<String> roles) {
        try {
            administration.invite(currentActor.get(), login, roles);
            return back("done", "invited", null);
        } catch (InvalidInput e) {
            return back("error", "roles".equals(e.field()) ? "roles" : "login", login);
        } catch (Conflict e) {
            return back("error", e.code(), login);
        }
    }

    @POST
    @Path("invitations/{id}/withdraw")
    public Response withdraw(@PathParam("id") long id) {
        administration.withdraw(currentActor.get(), id);
        return back("done", "withdrawn", null);
    }

    @POST
    @Path("{id}/roles")
    public Response changeRoles(@PathParam("id") long id, @RestForm("role") List<String> roles) {
        try {
            administration.changeRoles(currentActor.get(), id, roles);
            return back("done", "roles", null);
        } catch (InvalidInput e) {
            return back("error", "roles", null);
        } catch (Conflict e) {
            return back("error", e.code(), null);
        }
    }

    @POST
    @Path("{id}/remove")
    public Response remove(@PathParam("id") long id) {
        try {
            administration.remove(currentActor.get(), id);
            return back("done", "removed", null);
        } catch (Conflict e) {
            return back("error", e.code(), null);
        }
    }

    private static Response back(String key, String value, String login) {
        return Response.seeOther(PageOutcome.address("/desk/admin/staff", key, value, "login", login)).build();
    }
}
