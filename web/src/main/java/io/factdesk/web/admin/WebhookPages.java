package io.factdesk.web.admin;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.webhook.Webhook;
import io.factdesk.core.webhook.WebhookDelivery;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.webhook.WebhookEvent;
import io.factdesk.verification.webhook.Webhooks;
import io.factdesk.web.support.ErrorPages;
import io.factdesk.web.support.Forms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** The organisation's webhooks: add one, see what was sent to it, remove it. */
@Path("/desk/admin/webhooks")
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML)
public class WebhookPages {

    /** A webhook with its latest deliveries, for the page. */
    public record Row(Webhook webhook, List<WebhookDelivery> deliveries) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Actor me, List<Row> webhooks, List<String> events,
                Map<String, String> form, List<String> chosen, Map<String, String> errors, String done);
    }

    private static final List<String> EVENTS = Arrays.stream(WebhookEvent.values()).map(WebhookEvent::wireName)
            .toList();

    @Inject
    CurrentActor currentActor;

    @Inject
    Webhooks webhooks;

    @GET
    @Transactional
    public String index(@RestQuery String done) {
        Actor me = currentActor.get();
        return page(me, Map.of(), EVENTS.subList(0, 1), Map.of(), done).render();
    }

    @POST
    @Transactional
    public Response add(@RestForm String url, @RestForm("event") List<String> events) {
        Actor me = currentActor.get();
        List<String> chosen = events == null ? List.of() : events;
        try {
            webhooks.create(me, Forms.clean(url), chosen);
            return Response.seeOther(java.net.URI.create("/desk/admin/webhooks?done=added")).build();
        } catch (InvalidInput e) {
            return AdminForms.html(Response.Status.BAD_REQUEST, page(me, Forms.values("url", url), chosen,
                    AdminForms.fieldError(e, "url"), null).render());
        }
    }

    @POST
    @Path("{id}/delete")
    public Response delete(@PathParam("id") long id) {
        try {
            webhooks.delete(currentActor.get(), id);
            return Response.seeOther(java.net.URI.create("/desk/admin/webhooks?done=removed")).build();
        } catch (NotFound e) {
            return ErrorPages.page(404, null);
        }
    }

    private TemplateInstance page(Actor me, Map<String, String> form, List<String> chosen,
            Map<String, String> errors, String done) {
        // list() has checked that me administers these webhooks; their deliveries need no second lookup.
        List<Row> rows = webhooks.list(me).stream().map(w -> new Row(w, WebhookDelivery.latest(w, 5))).toList();
        return Templates.index(me, rows, EVENTS, form, chosen, errors,
                "added".equals(done) || "removed".equals(done) ? done : null);
    }
}
