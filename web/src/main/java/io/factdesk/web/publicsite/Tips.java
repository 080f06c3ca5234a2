package io.factdesk.web.publicsite;

import com.google.re2j.Pattern;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.tip.TipDraft;
import io.factdesk.verification.common.RateLimited;
import io.factdesk.verification.tip.TipService;
import io.factdesk.web.errors.RefusalTexts;
import io.factdesk.web.forms.FieldLimits;
import io.factdesk.web.forms.Forms;
import io.factdesk.web.support.InboxMsg;
import io.factdesk.web.support.Msg;
import io.factdesk.web.support.PageLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

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

    /** How long a returned form's text is kept in the reader's browser. */
    private static final int RETURNED_FOR_SECONDS = 1800;

    @Inject
    TipService tips;

    /** The returned form's cookie is Secure when the CSRF cookie is (production, even behind a TLS proxy). */
    @ConfigProperty(name = "quarkus.rest-csrf.cookie-force-secure", defaultValue = "true")
    boolean secureCookies;

    /** Marks, in the returned form's cookie, why a well-formed tip was not taken. */
    private static final String REFUSED = "refused";

    @GET
    @Path("new")
    public Response form(@RestQuery String returned, @CookieParam(ReturnedTip.COOKIE) String typed) {
        Optional<Map<String, String>> carried = "tip".equals(returned) ? ReturnedTip.decode(typed) : Optional.empty();
        if (carried.isEmpty()) {
            return page(Response.Status.OK, Map.of(), Map.of());
        }
        // The form came back (PRG): what the reader typed, from their own cookie, checked again here.
        Map<String, String> form = carried.get();
        Map<String, String> errors = errors(form);
        if ("rate-limited".equals(form.get(REFUSED))) {
            errors.put("form", PageLanguage.bundle(Msg.class).tip_rate_limited());
            return page(Response.Status.TOO_MANY_REQUESTS, form, errors);
        }
        if (errors.isEmpty() && form.containsKey(REFUSED)) {
            errors.put("form", PageLanguage.bundle(Msg.class).form_errors());
        }
        // The page that shows a refused tip says so in its status too, on every reload.
        return page(errors.isEmpty() ? Response.Status.OK : Response.Status.BAD_REQUEST, form, errors);
    }

    @POST
    public Response send(@RestForm String text, @RestForm String url, @RestForm String contact,
            @RestForm String notify, @RestForm String website, @Context HttpServerRequest request) {
        boolean tellMe = "on".equals(notify);
        Map<String, String> form = Forms.values("text", text, "url", url, "contact", contact, "notify",
                tellMe ? "on" : null);
        Map<String, String> errors = errors(form);
        if (!FieldLimits.check(form).isEmpty()) {
            // Longer than the form allows: not typed in this form. Refused on the spot, nothing is carried.
            return page(Response.Status.BAD_REQUEST, form, errors);
        }
        if (!errors.isEmpty()) {
            return back(form, null, errors, Response.Status.BAD_REQUEST);
        }
        try {
            tips.submit(new TipDraft(text.strip(), Forms.url("url", url, new LinkedHashMap<>()),
                    Forms.clean(contact), null, tellMe, PageLanguage.currentCode()),
                    request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress(), website);
        } catch (RateLimited e) {
            return back(form, "rate-limited",
                    Map.of("form", PageLanguage.bundle(Msg.class).tip_rate_limited()), Response.Status.TOO_MANY_REQUESTS);
        } catch (InvalidInput e) {
            return back(form, "invalid", Map.of(e.field(), RefusalTexts.of(e)), Response.Status.BAD_REQUEST);
        }
        NewCookie spent = new NewCookie.Builder(ReturnedTip.COOKIE).path("/tips").maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).value("").build();
        return Response.seeOther(URI.create("/tips/thanks")).cookie(spent).build();
    }

    /** The form's field errors, in the reader's words; empty when the tip can be sent. */
    private static Map<String, String> errors(Map<String, String> form) {
        Msg msg = PageLanguage.bundle(Msg.class);
        String text = form.get("text");
        String contact = form.get("contact");
        Map<String, String> errors = new LinkedHashMap<>();
        if (Forms.clean(text) == null || text.strip().length() > FieldLimits.of("text")) {
            errors.put("text", msg.tip_error_text());
        }
        // Lengths first: no pattern below ever reads more than a field's limit (WebUrl checks its own first).
        Forms.url("url", form.get("url"), errors);
        if (errors.containsKey("url")) {
            errors.put("url", msg.tip_error_url());
        }
        if (Forms.clean(contact) != null && (contact.length() > FieldLimits.of("contact")
                || !EMAIL.matcher(contact.strip()).matches())) {
            errors.put("contact", msg.tip_error_contact());
        } else if ("on".equals(form.get("notify")) && Forms.clean(contact) == null) {
            errors.put("contact", PageLanguage.bundle(InboxMsg.class).tip_error_notify());
        }
        return errors;
    }

    /**
     * The form back on its page (PRG): 303 to {@code /tips/new?returned=tip} with what was typed in a cookie of
     * the reader's own; that page answers 400 (or 429 when the reader sent too many tips) with the errors. Text too long for a cookie (rare) is answered on the spot instead, with {@code status}.
     */
    private Response back(Map<String, String> form, String refused, Map<String, String> errors,
            Response.Status status) {
        Map<String, String> carried = new LinkedHashMap<>(form);
        if (refused != null) {
            carried.put(REFUSED, refused);
        }
        return ReturnedTip.encode(carried)
                .map(value -> Response.seeOther(URI.create("/tips/new?returned=tip"))
                        .cookie(new NewCookie.Builder(ReturnedTip.COOKIE).value(value).path("/tips")
                                .maxAge(RETURNED_FOR_SECONDS).httpOnly(true).secure(secureCookies)
                                .sameSite(NewCookie.SameSite.STRICT).build()).build())
                .orElseGet(() -> page(status, form, errors));
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
