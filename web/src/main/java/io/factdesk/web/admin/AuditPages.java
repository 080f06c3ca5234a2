package io.factdesk.web.admin;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.core.staff.Actor;
import io.factdesk.verification.common.PageRequest;
import io.factdesk.verification.common.Paged;
import io.factdesk.verification.settings.SettingsAudit;
import io.factdesk.web.forms.PageNumbers;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;

/** The organisation's audit trail (settings, staff, invitations), newest first, for its admins. */
@Path("/desk/admin/events")
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML)
public class AuditPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Actor me, Paged<SettingsAudit.Entry> events, Integer newer,
                Integer older);
    }

    @Inject
    CurrentActor currentActor;

    @Inject
    SettingsAudit audit;

    @GET
    public String index(@RestQuery String page) {
        Actor me = currentActor.get();
        Paged<SettingsAudit.Entry> events = audit.of(me, new PageRequest(PageNumbers.of(page),
                PageRequest.DEFAULT_SIZE));
        Integer newer = events.page() > 1 ? events.page() - 1 : null;
        Integer older = (long) events.page() * events.size() < events.total() ? events.page() + 1 : null;
        return Templates.index(me, events, newer, older).render();
    }
}
