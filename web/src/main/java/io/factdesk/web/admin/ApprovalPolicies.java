package io.factdesk.web.admin;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.core.staff.Actor;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.settings.OrganisationSettings;
import io.factdesk.verification.settings.Policies;
import io.factdesk.web.desk.FormDrafts;
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

/** The approval policy form: k approvals of a panel of n, minimum evidence and distinct publishers. */
@Path("/desk/admin/policies")
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML)
public class ApprovalPolicies {

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

    private static final String ADDRESS = "/desk/admin/policies";

    @GET
    @Transactional
    public String edit(@RestQuery String done, @RestQuery String returned) {
        Actor me = currentActor.get();
        return drafts.sentBack(me, ADDRESS, "policies", returned)
                .map(draft -> Templates.edit(me, draft.fields(), draft.errors(), false).render())
                .orElseGet(() -> Templates.edit(me, stored(me), Map.of(), done != null).render());
    }

    private Map<String, String> stored(Actor me) {
        Policies p = settings.policies(me);
        return Forms.values("approvalsRequired", String.valueOf(p.approvalsRequired()),
                "panelSize", String.valueOf(p.panelSize()), "minEvidence", String.valueOf(p.minEvidence()),
                "minDistinctPublishers", String.valueOf(p.minDistinctPublishers()),
                "version", String.valueOf(settings.version(me)));
    }

    @POST
    public Response save(@RestForm String approvalsRequired, @RestForm String panelSize,
            @RestForm String minEvidence, @RestForm String minDistinctPublishers, @RestForm String version) {
        Actor me = currentActor.get();
        Map<String, String> form = Forms.values("approvalsRequired", approvalsRequired, "panelSize", panelSize,
                "minEvidence", minEvidence, "minDistinctPublishers", minDistinctPublishers, "version", version);
        Map<String, String> errors = new LinkedHashMap<>();
        Integer k = AdminForms.required("approvalsRequired", approvalsRequired, 1, 10, errors);
        Integer n = AdminForms.required("panelSize", panelSize, 1, 20, errors);
        Integer evidence = AdminForms.required("minEvidence", minEvidence, 0, 50, errors);
        Integer publishers = AdminForms.required("minDistinctPublishers", minDistinctPublishers, 0, 50, errors);
        if (k != null && n != null && k > n) {
            errors.put("approvalsRequired", PageLanguage.bundle(UiMsg.class).error_approvals_panel());
        }
        if (evidence != null && publishers != null && publishers > evidence) {
            errors.put("minDistinctPublishers", PageLanguage.bundle(UiMsg.class).error_publishers_evidence());
        }
        if (!errors.isEmpty()) {
            return drafts.sendBack(me, ADDRESS, "policies", form, errors, null);
        }
        try {
            settings.changePolicies(me, new Policies(k, n, evidence, publishers), Forms.version(version));
            drafts.discard(me, ADDRESS, "policies");
            return AdminForms.seeOther(ADDRESS);
        } catch (InvalidInput e) {
            return drafts.sendBack(me, ADDRESS, "policies", form, AdminForms.fieldError(e, "approvalsRequired"),
                    null);
        } catch (RuntimeException e) {
            return AdminForms.stale(e);
        }
    }
}
