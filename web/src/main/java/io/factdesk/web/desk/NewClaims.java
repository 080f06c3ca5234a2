package io.factdesk.web.desk;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.staff.Actor;
import io.factdesk.verification.claim.AppearanceDraft;
import io.factdesk.verification.claim.ClaimDraft;
import io.factdesk.verification.claim.ClaimService;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.matching.ClaimMatcher;
import io.factdesk.web.errors.RefusalTexts;
import io.factdesk.web.forms.FieldLimits;
import io.factdesk.web.forms.Forms;
import io.factdesk.web.support.FindMsg;
import io.factdesk.web.support.PageLanguage;
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
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * A claim typed in at the desk (one that did not come from an article). "Check for earlier checks" posts the
 * form and answers 303 to an address that holds the pending claim in its query parameters, where the matcher's
 * best candidates are listed before anything is saved; from there "Create anyway" creates it through the same
 * service, and with the same rules, as the API.
 */
@Path("/desk/claims/new")
@RolesAllowed({"reviewer", "editor"})
@Produces(MediaType.TEXT_HTML)
public class NewClaims {

    /** Earlier checks listed before saving. */
    static final int CANDIDATES = 5;

    static final List<String> FIELDS = List.of("text", "claimant", "claimedOn", "url", "outlet");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Actor me, Map<String, String> form, Map<String, String> errors,
                boolean checked, List<EarlierCheck> candidates);
    }

    @Inject
    CurrentActor currentActor;

    @Inject
    ClaimService claims;

    @Inject
    ClaimMatcher matcher;

    @GET
    @Transactional
    public Response form(@RestQuery String text, @RestQuery String claimant, @RestQuery String claimedOn,
            @RestQuery String url, @RestQuery String outlet, @RestQuery String check) {
        Map<String, String> form = Forms.values("text", text, "claimant", claimant, "claimedOn", claimedOn,
                "url", url, "outlet", outlet);
        if (check == null) {
            return page(form, Map.of(), false, List.of());
        }
        Map<String, String> errors = validate(form);
        if (!errors.isEmpty()) {
            return page(form, errors, false, List.of());
        }
        Actor me = currentActor.get();
        List<EarlierCheck> candidates = matcher.matches(me.organisation().id, text.strip(), CANDIDATES).stream()
                .map(m -> EarlierCheck.of(m, me.organisation().id, false)).toList();
        return page(form, Map.of(), true, candidates);
    }

    @POST
    @Path("check")
    public Response check(@RestForm String text, @RestForm String claimant, @RestForm String claimedOn,
            @RestForm String url, @RestForm String outlet) {
        Map<String, String> form = Forms.values("text", text, "claimant", claimant, "claimedOn", claimedOn,
                "url", url, "outlet", outlet);
        Map<String, String> tooLong = FieldLimits.check(form);
        if (!tooLong.isEmpty()) {
            return page(form, tooLong, false, List.of());
        }
        return Response.seeOther(checkAddress(form)).build();
    }

    @POST
    public Response create(@RestForm String text, @RestForm String claimant, @RestForm String claimedOn,
            @RestForm String url, @RestForm String outlet) {
        Map<String, String> form = Forms.values("text", text, "claimant", claimant, "claimedOn", claimedOn,
                "url", url, "outlet", outlet);
        Map<String, String> errors = validate(form);
        if (!errors.isEmpty()) {
            if (FieldLimits.check(form).isEmpty()) {
                return Response.seeOther(checkAddress(form)).build();
            }
            return page(form, errors, false, List.of());
        }
        String link = Forms.url("url", url, new LinkedHashMap<>());
        String where = Forms.clean(outlet);
        AppearanceDraft appearance = link == null && where == null ? null
                : new AppearanceDraft(link, link == null ? text.strip() : null, where, null);
        ClaimDraft draft = new ClaimDraft(text, Forms.clean(claimant),
                Forms.date("claimedOn", claimedOn, new LinkedHashMap<>()), null, null, appearance);
        try {
            Claim claim = claims.create(currentActor.get(), draft);
            return Claims.seeOther(claim.id, "created");
        } catch (InvalidInput e) {
            return page(form, Map.of(e.field() == null ? "text" : e.field(), RefusalTexts.of(e)), false, List.of());
        }
    }

    /** Field errors in plain words; empty when the claim can be created. */
    static Map<String, String> validate(Map<String, String> form) {
        Map<String, String> errors = new LinkedHashMap<>(FieldLimits.check(form));
        if (!errors.isEmpty()) {
            return errors;
        }
        FindMsg msg = PageLanguage.bundle(FindMsg.class);
        if (Forms.clean(form.get("text")) == null) {
            errors.put("text", msg.new_text_required());
        }
        LocalDate claimed = Forms.date("claimedOn", form.get("claimedOn"), errors);
        if (claimed != null && claimed.isAfter(LocalDate.now().plusDays(1))) {
            errors.put("claimedOn", msg.new_date_future());
        }
        Forms.url("url", form.get("url"), errors);
        return errors;
    }

    private Response page(Map<String, String> form, Map<String, String> errors, boolean checked,
            List<EarlierCheck> candidates) {
        String html = Templates.form(currentActor.get(), form, errors, checked, candidates).render();
        return Response.status(errors.isEmpty() ? 200 : 400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(html).build();
    }

    /** The address that shows the pending claim with its earlier checks: the claim travels in the query. */
    private static URI checkAddress(Map<String, String> form) {
        StringJoiner joined = new StringJoiner("&");
        for (String field : FIELDS) {
            String value = Forms.clean(form.get(field));
            if (value != null) {
                joined.add(field + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return URI.create("/desk/claims/new?" + joined.add("check=1"));
    }
}
