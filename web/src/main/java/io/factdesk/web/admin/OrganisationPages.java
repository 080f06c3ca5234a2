package io.factdesk.web.admin;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.core.staff.Actor;
import io.factdesk.verification.common.Conflict;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.staff.OrganisationSummary;
import io.factdesk.verification.staff.Organisations;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * All organisations, for platform administrators (the identity provider's platform-admin role): the list and the
 * form that creates one with the default rating scale and invites its first admin.
 */
@Path("/desk/admin/organisations")
@RolesAllowed("platform-admin")
@Produces(MediaType.TEXT_HTML)
public class OrganisationPages {

    private static final String PATH = "/desk/admin/organisations";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Actor me, List<OrganisationSummary> organisations, String done,
                String error, String name, String slug, String firstAdmin);
    }

    @Inject
    CurrentActor currentActor;

    @Inject
    Organisations organisations;

    @GET
    public String index(@RestQuery String done, @RestQuery String error, @RestQuery String name,
            @RestQuery String slug, @RestQuery String firstAdmin) {
        return Templates.index(currentActor.find().orElse(null), organisations.list(currentActor.platformAdmin()),
                PageOutcome.known(done), PageOutcome.known(error), PageOutcome.shortText(name),
                PageOutcome.shortText(slug), PageOutcome.shortText(firstAdmin)).render();
    }

    @POST
    public Response create(@RestForm String name, @RestForm String slug, @RestForm String firstAdmin) {
        String error;
        try {
            organisations.create(currentActor.platformAdmin(), name, slug, firstAdmin);
            return Response.seeOther(PageOutcome.address(PATH, "done", "created")).build();
        } catch (InvalidInput e) {
            error = e.field();
        } catch (Conflict e) {
            error = e.code();
        }
        return Response.seeOther(PageOutcome.address(PATH, "error", error, "name", name, "slug", slug,
                "firstAdmin", firstAdmin)).build();
    }
}
