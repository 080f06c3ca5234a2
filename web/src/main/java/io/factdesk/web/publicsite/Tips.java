package io.factdesk.web.publicsite;

import com.google.re2j.Pattern;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.tip.TipDraft;
import io.factdesk.verification.common.RateLimited;
import io.factdesk.verification.tip.TipService;
import io.factdesk.web.forms.FieldLimits;
import io.factdesk.web.forms.Forms;
import io.factdesk.web.support.InboxMsg;
import io.factdesk.web.support.Msg;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** "Send us a claim": the tip form, rate-limited per client, with a honeypot field for bots. */
@Path("/tips")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class Tips {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Map<String, String> form, Map<String, String> errors);

        static native TemplateInstance thanks();
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Inject
    TipService tips;

    @GET
    @Path("new")
    public Response form() {
        return page(Response.Status.OK, Map.of(), Map.of());
    }

    @POST
    public Response send(@RestForm String text, @RestForm String url, @RestForm String contact,
            @RestForm String notify, @RestForm String website, @Context HttpServerRequest request) {
        Msg msg = MessageBundles.get(Msg.class);
        boolean tellMe = "on".equals(notify);
        Map<String, String> form = Forms.values("text", text, "url", url, "contact", contact, "notify",
                tellMe ? "on" : null);
        Map<String, String> errors = new LinkedHashMap<>();
        if (Forms.clean(text) == null || text.strip().length() > FieldLimits.of("text")) {
            errors.put("text", msg.tip_error_text());
        }
        // Lengths first: no pattern below ever reads more than a field's limit (WebUrl checks its own first).
        String link = Forms.url("url", url, errors);
        if (errors.containsKey("url")) {
            errors.put("url", msg.tip_error_url());
        }
        if (Forms.clean(contact) != null && (contact.length() > FieldLimits.of("contact")
                || !EMAIL.matcher(contact.strip()).matches())) {
            errors.put("contact", msg.tip_error_contact());
        } else if (tellMe && Forms.clean(contact) == null) {
            errors.put("contact", MessageBundles.get(InboxMsg.class).tip_error_notify());
        }
        if (!errors.isEmpty()) {
            return page(Response.Status.BAD_REQUEST, form, errors);
        }
        try {
            tips.submit(new TipDraft(text.strip(), link, Forms.clean(contact), null, tellMe),
                    request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress(), website);
        } catch (RateLimited e) {
            return page(Response.Status.TOO_MANY_REQUESTS, form, Map.of("form", msg.tip_rate_limited()));
        } catch (InvalidInput e) {
            return page(Response.Status.BAD_REQUEST, form, Map.of(e.field(), e.getMessage()));
        }
        return Response.seeOther(URI.create("/tips/thanks")).build();
    }

    /** Where the form posts: a bookmark or a reload of it shows the form. */
    @GET
    public Response formAddress() {
        return Response.seeOther(URI.create("/tips/new")).build();
    }

    @GET
    @Path("thanks")
    public TemplateInstance thanks() {
        return Templates.thanks();
    }

    private static Response page(Response.Status status, Map<String, String> form, Map<String, String> errors) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(status).cacheControl(noStore).type(MediaType.TEXT_HTML)
                .entity(Templates.form(form, errors).render()).build();
    }
}
