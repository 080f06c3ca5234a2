package io.factdesk.web.admin;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.webhook.Webhook;
import io.factdesk.core.webhook.WebhookDelivery;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.webhook.IssuedSecret;
import io.factdesk.verification.webhook.WebhookEvent;
import io.factdesk.verification.webhook.Webhooks;
import io.factdesk.web.desk.FormDrafts;
import io.factdesk.web.errors.ErrorPages;
import io.factdesk.web.forms.Forms;
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

/**
 * The organisation's webhooks: add one, see what was sent to it, rotate its secret, remove it. A signing secret
 * is shown once, in the answer to the POST that created or rotated it (not stored anywhere the page could show
 * it again, and not cached); reloading the page never shows it.
 */
@Path("/desk/admin/webhooks")
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML)
public class WebhookPages {

    /** A webhook with its latest deliveries, for the page. */
    public record Row(Webhook webhook, List<WebhookDelivery> deliveries) {
    }

    /** A secret just issued, shown once. */
    public record Revealed(String url, String secret, boolean rotated) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Actor me, List<Row> webhooks, List<String> events,
                Map<String, String> form, List<String> chosen, Map<String, String> errors, String done,
                Revealed revealed);
    }

    private static final List<String> EVENTS = Arrays.stream(WebhookEvent.values()).map(WebhookEvent::wireName)
            .toList();

    @Inject
    CurrentActor currentActor;

    @Inject
    Webhooks webhooks;

    @Inject
    FormDrafts drafts;

    private static final String ADDRESS = "/desk/admin/webhooks";

    @GET
    @Transactional
    public String index(@RestQuery String done, @RestQuery String returned) {
        Actor me = currentActor.get();
        return drafts.sentBack(me, ADDRESS, "add", returned)
                .map(draft -> page(me, Forms.values("url", draft.fields().get("url")), chosen(draft.fields()),
                        draft.errors(), null, null).render())
                .orElseGet(() -> page(me, Map.of(), EVENTS.subList(0, 1), Map.of(), done, null).render());
    }

    /** The events ticked in a form that came back, in the order the form lists them. */
    private static List<String> chosen(Map<String, String> typed) {
        String typedEvents = "," + typed.getOrDefault("event", "") + ",";
        return EVENTS.stream().filter(event -> typedEvents.contains("," + event + ",")).toList();
    }

    @POST
    @Transactional
    public Response add(@RestForm String url, @RestForm("event") List<String> events) {
        Actor me = currentActor.get();
        List<String> chosen = events == null ? List.of() : events;
        try {
            IssuedSecret issued = webhooks.create(me, Forms.clean(url), chosen);
            drafts.discard(me, ADDRESS, "add");
            return revealing(me, new Revealed(issued.webhook().url, issued.secret(), false));
        } catch (InvalidInput e) {
            // Only known event names go back into the form (the service refused anything else).
            String known = String.join(",", chosen.stream().filter(EVENTS::contains).toList());
            return drafts.sendBack(me, ADDRESS, "add", Forms.values("url", url, "event", known),
                    AdminForms.fieldError(e, "url"), null);
        }
    }

    @POST
    @Path("{id}/secret")
    @Transactional
    public Response rotateSecret(@PathParam("id") long id) {
        Actor me = currentActor.get();
        try {
            IssuedSecret issued = webhooks.rotateSecret(me, id);
            return revealing(me, new Revealed(issued.webhook().url, issued.secret(), true));
        } catch (NotFound e) {
            return ErrorPages.page(404, null);
        }
    }

    /** The page with a new secret on it: answered to the POST itself, so no later GET can show it again. */
    private Response revealing(Actor me, Revealed revealed) {
        return Response.ok(page(me, Map.of(), EVENTS.subList(0, 1), Map.of(), null, revealed).render(),
                MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store").build();
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

    /** The addresses of the secret and delete forms show the list (a bookmark or a reload never acts). */
    @GET
    @Path("{id}/{action}")
    public Response formAddress(@PathParam("id") long id) {
        return Response.seeOther(java.net.URI.create("/desk/admin/webhooks")).build();
    }

    private TemplateInstance page(Actor me, Map<String, String> form, List<String> chosen,
            Map<String, String> errors, String done, Revealed revealed) {
        // list() has checked that me administers these webhooks; their deliveries need no second lookup.
        List<Row> rows = webhooks.list(me).stream().map(w -> new Row(w, WebhookDelivery.latest(w, 5))).toList();
        return Templates.index(me, rows, EVENTS, form, chosen, errors,
                done == null || !done.equals("removed") ? null : done, revealed);
    }
}
