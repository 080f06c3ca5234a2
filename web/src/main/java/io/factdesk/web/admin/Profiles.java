package io.factdesk.web.admin;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.api.support.Languages;
import io.factdesk.core.staff.Actor;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.settings.OrganisationSettings;
import io.factdesk.verification.settings.Profile;
import io.factdesk.web.desk.FormDrafts;
import io.factdesk.web.forms.FieldLimits;
import io.factdesk.web.forms.Forms;
import io.factdesk.web.support.PageLanguage;
import io.factdesk.web.support.UiMsg;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** The organisation's public profile and the methodology text readers see on the methodology page. */
@Path("/desk/admin/profile")
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML)
public class Profiles {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(Actor me, Map<String, String> form, Map<String, String> errors,
                boolean done);
    }

    @Inject
    CurrentActor currentActor;

    @Inject
    OrganisationSettings settings;

    @Inject
    FormDrafts drafts;

    private static final String ADDRESS = "/desk/admin/profile";

    @GET
    @Transactional
    public String edit(@RestQuery String done, @RestQuery String returned) {
        Actor me = currentActor.get();
        return drafts.sentBack(me, ADDRESS, "profile", returned)
                .map(draft -> Templates.edit(me, draft.fields(), draft.errors(), false).render())
                .orElseGet(() -> Templates.edit(me, stored(me), Map.of(), done != null).render());
    }

    private Map<String, String> stored(Actor me) {
        Profile p = settings.profile(me);
        return Forms.values("name", p.name(), "url", p.url(), "description", p.description(),
                "methodology", p.methodology(), "defaultLanguage", p.defaultLanguage(),
                "version", String.valueOf(settings.version(me)));
    }

    @POST
    public Response save(@RestForm String name, @RestForm String url, @RestForm String description,
            @RestForm String methodology, @RestForm String defaultLanguage, @RestForm String version) {
        Actor me = currentActor.get();
        Map<String, String> form = Forms.values("name", name, "url", url, "description", description,
                "methodology", methodology, "defaultLanguage", defaultLanguage, "version", version);
        Map<String, String> errors = FieldLimits.check(form);
        if (!errors.isEmpty()) {
            // Longer than the form allows: not typed in this form. Refused on the spot, nothing is kept.
            return AdminForms.html(Response.Status.BAD_REQUEST, Templates.edit(me, form, errors, false).render());
        }
        if (Forms.clean(name) == null) {
            errors.put("name", PageLanguage.bundle(UiMsg.class).error_organisation_name());
        }
        String link = Forms.url("url", url, errors);
        if (!errors.isEmpty()) {
            return drafts.sendBack(me, ADDRESS, "profile", form, errors, null);
        }
        try {
            settings.changeProfile(me, new Profile(Forms.clean(name), link, Forms.clean(description),
                    Forms.clean(methodology), Languages.supported(defaultLanguage).orElse(null)),
                    Forms.version(version));
            drafts.discard(me, ADDRESS, "profile");
            return AdminForms.seeOther(ADDRESS);
        } catch (InvalidInput e) {
            return drafts.sendBack(me, ADDRESS, "profile", form, AdminForms.fieldError(e, "name"), null);
        } catch (RuntimeException e) {
            return AdminForms.stale(e);
        }
    }
}
