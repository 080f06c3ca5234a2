package io.factdesk.web.admin;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.core.rating.Rating;
import io.factdesk.core.staff.Actor;
import io.factdesk.verification.settings.OrganisationSettings;
import io.factdesk.verification.settings.Policies;
import io.factdesk.verification.settings.Profile;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The admin overview of the organisation's settings; {@link Ratings}, {@link ApprovalPolicies} and
 * {@link Profiles} edit them. Every form posts back to its page and redirects (303) on success; refused values
 * come back next to their fields (400).
 */
@Path("/desk/admin")
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML)
public class Admin {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Actor me, List<Rating> scale, Policies policies, Profile profile);
    }

    @Inject
    CurrentActor currentActor;

    @Inject
    OrganisationSettings settings;

    @GET
    @Transactional
    public String index() {
        Actor me = currentActor.get();
        return Templates.index(me, settings.scale(me), settings.policies(me), settings.profile(me)).render();
    }
}
