package io.factdesk.web.desk;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.core.evidence.Stance;
import io.factdesk.core.staff.Actor;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.evidence.EvidenceService;
import io.factdesk.verification.matching.MatchDecisions;
import io.factdesk.verification.workflow.CorrectionDraft;
import io.factdesk.verification.workflow.EvidenceDraft;
import io.factdesk.verification.workflow.ReviewDraft;
import io.factdesk.verification.workflow.ReviewWorkflow;
import io.factdesk.web.errors.DeskErrors;
import io.factdesk.web.errors.RefusalTexts;
import io.factdesk.web.forms.FieldLimits;
import io.factdesk.web.forms.Forms;
import io.factdesk.web.support.Markdown;
import io.factdesk.web.support.Msg;
import io.factdesk.verification.common.NotFound;
import io.factdesk.web.support.Words;
import io.factdesk.web.support.PageLanguage;
import io.factdesk.web.support.TranslationLinkMsg;
import io.factdesk.web.support.UiMsg;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The desk's claim page and every action on it. Each action is POST-redirect-GET: success answers 303 back to
 * the page with a notice; a refusal or invalid input keeps the typed values with the reason as the author's draft
 * of that form and answers 303 to the form's own address ({@code /desk/claims/12/review}), which shows them. Every
 * address a form posts to can be loaded with GET too (a bookmark, a reload, the return from a new login).
 */
@Path("/desk/claims/{id: [0-9]+}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class Claims {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(ClaimPage page);
    }

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm 'UTC'");

    /** Explicit, so the error-page filter keeps a page with a refusal or field errors. */
    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    /** The forms whose text is saved while it is typed (drafts.js) and restored when the page is opened again. */
    static final Set<String> AUTOSAVED = Set.of("review", "correct");

    /** The forms of the page, each also the last segment of the address that shows it with its draft. */
    static final Set<String> FORMS = Set.of("take", "assign", "evidence", "review", "approve", "return", "dismiss",
            "correct", "approve-correction", "return-correction", "reopen", "matches");

    @Inject
    CurrentActor currentActor;

    @Inject
    ClaimPages pages;

    @Inject
    ReviewWorkflow workflow;

    @Inject
    EvidenceService evidence;

    @Inject
    MatchDecisions matches;

    @Inject
    FormDrafts drafts;

    /** The page, with whatever its viewer typed into it and has not sent yet. */
    @GET
    public String show(@PathParam("id") long id, @RestQuery String done) {
        Actor me = currentActor.get();
        Map<String, FormDrafts.Draft> mine = drafts.on(me, address(id));
        String notice = done == null ? restored(mine) : notice(done);
        return pages.render(me, id, FormState.typed(typed(mine, null), notice));
    }

    /** The review form with its draft: where a preview or an invalid review lands, and a new login returns to. */
    @GET
    @Path("review")
    public String reviewForm(@PathParam("id") long id) {
        return form(id, "review");
    }

    /** Any other form's address: the page with what was typed into that form and why it was not accepted. */
    @GET
    @Path("{form}")
    public Response formAddress(@PathParam("id") long id, @PathParam("form") String form) {
        if (!FORMS.contains(form)) {
            throw new NotFound("form", form);
        }
        return Response.ok(form(id, form), HTML).build();
    }

    /** Addresses of forms on single items (remove this evidence, confirm this match) show the page. */
    @GET
    @Path("{form}/{item}/{verb}")
    public Response itemFormAddress(@PathParam("id") long id, @PathParam("form") String form) {
        if (!FORMS.contains(form)) {
            throw new NotFound("form", form);
        }
        return Response.seeOther(URI.create(address(id) + "/" + form)).build();
    }

    private String form(long id, String name) {
        Actor me = currentActor.get();
        Map<String, FormDrafts.Draft> mine = drafts.on(me, address(id));
        FormDrafts.Draft draft = mine.get(name);
        if (draft == null || draft.typedOnly()) {
            return pages.render(me, id, FormState.typed(typed(mine, name), restored(mine)));
        }
        String preview = draft.preview() ? Markdown.toSafeHtml(draft.fields().get("analysis")) : null;
        return pages.render(me, id, FormState.returned(typed(mine, name), draft.errors(), draft.refusal(), preview));
    }

    @POST
    @Path("take")
    @RolesAllowed("reviewer")
    public Response take(@PathParam("id") long id, @RestForm String version) {
        return act(id, "take", "taken", Map.of(), me -> workflow.take(me, id, Forms.version(version)));
    }

    @POST
    @Path("assign")
    @RolesAllowed("editor")
    public Response assign(@PathParam("id") long id, @RestForm String version, @RestForm String assignee) {
        return act(id, "assign", "assigned", Forms.values("assignee", assignee),
                me -> workflow.assign(me, id, Forms.clean(assignee), Forms.version(version)));
    }

    @POST
    @Path("evidence")
    public Response addEvidence(@PathParam("id") long id, @RestForm String version, @RestForm String url,
            @RestForm String citation, @RestForm String title, @RestForm String publisher,
            @RestForm String accessedOn, @RestForm String stance, @RestForm String note) {
        Map<String, String> form = Forms.values("evidence-url", url, "evidence-citation", citation,
                "evidence-title", title, "evidence-publisher", publisher, "evidence-accessedOn", accessedOn,
                "evidence-stance", stance, "evidence-note", note);
        Map<String, String> errors = FieldLimits.check(form);
        if (!errors.isEmpty()) {
            return invalid(id, "evidence", form, errors);
        }
        LocalDate accessed = Forms.date("evidence-accessedOn", accessedOn, errors);
        if (Forms.clean(title) == null) {
            errors.put("evidence-title", PageLanguage.bundle(UiMsg.class).error_evidence_title());
        }
        if (Forms.clean(publisher) == null) {
            errors.put("evidence-publisher", PageLanguage.bundle(UiMsg.class).error_evidence_publisher());
        }
        String link = Forms.url("evidence-url", url, errors);
        if (!EvidenceDraft.hasSource(url, citation)) {
            errors.put("evidence-url", PageLanguage.bundle(UiMsg.class).error_evidence_link());
        }
        Stance chosen = stance(stance);
        if (chosen == null) {
            errors.put("evidence-stance", PageLanguage.bundle(Words.class).evidence_stance_missing());
        }
        if (!errors.isEmpty()) {
            return invalid(id, "evidence", form, errors);
        }
        EvidenceDraft draft = new EvidenceDraft(link, Forms.clean(citation), title.strip(),
                publisher.strip(), accessed, chosen, Forms.clean(note));
        return act(id, "evidence", "evidence-added", form, me -> evidence.add(me, id, draft, Forms.version(version)));
    }

    @POST
    @Path("evidence/{evidenceId}/remove")
    public Response removeEvidence(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId,
            @RestForm String version) {
        return act(id, "evidence", "evidence-removed", Map.of(),
                me -> evidence.remove(me, id, evidenceId, Forms.version(version)));
    }

    @POST
    @Path("review")
    @RolesAllowed("reviewer")
    public Response submitReview(@PathParam("id") long id, @RestForm String version, @RestForm String analysis,
            @RestForm String rating, @RestForm String headline, @RestForm String summary,
            @RestForm String preview) {
        Map<String, String> form = Forms.values("analysis", analysis, "rating", rating, "headline", headline,
                "summary", summary);
        Map<String, String> tooLong = FieldLimits.check(form);
        if (!tooLong.isEmpty()) {
            return invalid(id, "review", form, tooLong);
        }
        if (preview != null) {
            drafts.save(currentActor.get(), address(id), "review", form, Map.of(), null, true);
            return formAt(id, "review");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (Forms.clean(analysis) == null) {
            errors.put("analysis", PageLanguage.bundle(UiMsg.class).error_analysis());
        }
        if (Forms.clean(rating) == null) {
            errors.put("rating", PageLanguage.bundle(UiMsg.class).error_rating());
        }
        if (!errors.isEmpty()) {
            return invalid(id, "review", form, errors);
        }
        ReviewDraft draft = new ReviewDraft(analysis, rating, Forms.clean(headline), Forms.clean(summary));
        return act(id, "review", "submitted", form,
                me -> workflow.submitReview(me, id, draft, Forms.version(version)));
    }

    @POST
    @Path("approve")
    @RolesAllowed("editor")
    public Response approve(@PathParam("id") long id, @RestForm String version) {
        return act(id, "approve", "approved", Map.of(), me -> workflow.approve(me, id, Forms.version(version)));
    }

    @POST
    @Path("return")
    @RolesAllowed("editor")
    public Response returnForWork(@PathParam("id") long id, @RestForm String version, @RestForm String note) {
        if (Forms.clean(note) == null) {
            return invalid(id, "return", Map.of(), Map.of("return-note", PageLanguage.bundle(UiMsg.class).error_return_note()));
        }
        return act(id, "return", "returned", Forms.values("return-note", note),
                me -> workflow.returnForWork(me, id, note.strip(), Forms.version(version)));
    }

    @POST
    @Path("dismiss")
    @RolesAllowed("editor")
    public Response dismiss(@PathParam("id") long id, @RestForm String version, @RestForm String reason) {
        if (Forms.clean(reason) == null) {
            return invalid(id, "dismiss", Map.of(),
                    Map.of("dismiss-reason", PageLanguage.bundle(UiMsg.class).error_dismiss_reason()));
        }
        return act(id, "dismiss", "dismissed", Forms.values("dismiss-reason", reason),
                me -> workflow.dismiss(me, id, reason.strip(), Forms.version(version)));
    }

    @POST
    @Path("correct")
    @RolesAllowed("editor")
    public Response correct(@PathParam("id") long id, @RestForm String version, @RestForm String note,
            @RestForm String rating, @RestForm String explanation, @RestForm String typo) {
        Map<String, String> form = Forms.values("correct-note", note, "correct-rating", rating,
                "correct-explanation", explanation);
        if (Forms.clean(note) == null) {
            return invalid(id, "correct", form, Map.of("correct-note", PageLanguage.bundle(UiMsg.class).error_correct_note()));
        }
        boolean typoOnly = Forms.clean(typo) != null;
        CorrectionDraft draft = new CorrectionDraft(note.strip(), Forms.clean(rating), null, null,
                Forms.clean(explanation), typoOnly);
        return act(id, "correct", typoOnly ? "typo-corrected" : "corrected", form,
                me -> workflow.correct(me, id, draft, Forms.version(version)));
    }

    @POST
    @Path("approve-correction")
    @RolesAllowed("editor")
    public Response approveCorrection(@PathParam("id") long id, @RestForm String version) {
        return act(id, "approve-correction", "correction-approved", Map.of(),
                me -> workflow.approveCorrection(me, id, Forms.version(version)));
    }

    @POST
    @Path("return-correction")
    @RolesAllowed("editor")
    public Response returnCorrection(@PathParam("id") long id, @RestForm String version, @RestForm String note) {
        if (Forms.clean(note) == null) {
            return invalid(id, "return-correction", Map.of(),
                    Map.of("return-correction-note", PageLanguage.bundle(UiMsg.class).error_return_correction_note()));
        }
        return act(id, "return-correction", "correction-returned", Forms.values("return-correction-note", note),
                me -> workflow.returnCorrection(me, id, note.strip(), Forms.version(version)));
    }

    @POST
    @Path("reopen")
    @RolesAllowed("editor")
    public Response reopen(@PathParam("id") long id, @RestForm String version, @RestForm String note) {
        if (Forms.clean(note) == null) {
            return invalid(id, "reopen", Map.of(), Map.of("reopen-note", PageLanguage.bundle(UiMsg.class).error_reopen_note()));
        }
        return act(id, "reopen", "reopened", Forms.values("reopen-note", note),
                me -> workflow.reopen(me, id, note.strip(), Forms.version(version)));
    }

    @POST
    @Path("matches/{matchedClaimId}/confirm")
    @RolesAllowed("reviewer")
    public Response confirmMatch(@PathParam("id") long id, @PathParam("matchedClaimId") long matchedClaimId,
            @RestForm String note) {
        return act(id, "matches", "match-confirmed", Map.of(),
                me -> matches.confirm(me, id, matchedClaimId, Forms.clean(note)));
    }

    @POST
    @Path("matches/{matchedClaimId}/reject")
    @RolesAllowed("reviewer")
    public Response rejectMatch(@PathParam("id") long id, @PathParam("matchedClaimId") long matchedClaimId,
            @RestForm String note) {
        return act(id, "matches", "match-rejected", Map.of(),
                me -> matches.reject(me, id, matchedClaimId, Forms.clean(note)));
    }

    /**
     * Runs the action of form {@code name}; on success its draft goes and the page says what happened, otherwise
     * the typed values and the reason are kept and shown at the form's address.
     */
    private Response act(long id, String name, String notice, Map<String, String> form, Consumer<Actor> action) {
        Map<String, String> tooLong = FieldLimits.check(form);
        if (!tooLong.isEmpty()) {
            return invalid(id, name, form, tooLong);
        }
        Actor me = currentActor.get();
        try {
            action.accept(me);
        } catch (InvalidInput e) {
            return invalid(id, name, form, Map.of(fieldOf(e), RefusalTexts.of(e)));
        } catch (RuntimeException e) {
            String message = DeskErrors.messageOf(e);
            drafts.save(me, address(id), name, form, Map.of(), message, false);
            return formAt(id, name);
        }
        drafts.discard(me, address(id), name);
        return seeOther(id, notice);
    }

    private Response invalid(long id, String name, Map<String, String> form, Map<String, String> errors) {
        drafts.save(currentActor.get(), address(id), name, form, errors, null, false);
        return formAt(id, name);
    }

    private static Response formAt(long id, String name) {
        return Response.seeOther(URI.create(address(id) + "/" + name)).build();
    }

    static Response seeOther(long id, String notice) {
        return Response.seeOther(URI.create(address(id) + "?done=" + notice)).build();
    }

    static String address(long id) {
        return "/desk/claims/" + id;
    }

    /**
     * The values typed into the autosaved forms and into form {@code name}, by field name, plus when each was
     * saved ({@code saved-at.review}: milliseconds since 1970), which drafts.js compares with its own copy.
     */
    private static Map<String, String> typed(Map<String, FormDrafts.Draft> mine, String name) {
        Map<String, String> values = new LinkedHashMap<>();
        mine.values().stream().filter(d -> AUTOSAVED.contains(d.form()) || d.form().equals(name)).forEach(d -> {
            values.putAll(d.fields());
            values.put("saved-at." + d.form(), String.valueOf(d.savedAt().toEpochMilli()));
        });
        return values;
    }

    /** The notice after an action ({@code ?done=taken}), in the page's language; null for an unknown code. */
    static String notice(String done) {
        String notice = PageLanguage.bundle(UiMsg.class).notice(done);
        if (notice.isEmpty()) {
            notice = PageLanguage.bundle(TranslationLinkMsg.class).notice(done);
        }
        return notice.isEmpty() ? null : notice;
    }

    /** "Restored your unsaved draft from 14:05 UTC." when an autosaved form holds text not yet sent. */
    private static String restored(Map<String, FormDrafts.Draft> mine) {
        return mine.values().stream().filter(d -> AUTOSAVED.contains(d.form()) && d.typedOnly())
                .map(FormDrafts.Draft::savedAt).max(Instant::compareTo)
                .map(at -> PageLanguage.bundle(Msg.class).draft_restored(CLOCK.format(at.atZone(ZoneOffset.UTC))))
                .orElse(null);
    }

    private static String fieldOf(InvalidInput e) {
        return e.field() == null ? "form" : e.field();
    }

    /** The stance chosen, or null when none (or no known one) was chosen: there is deliberately no default. */
    private static Stance stance(String value) {
        String chosen = Forms.clean(value);
        if (chosen == null) {
            return null;
        }
        for (Stance stance : Stance.values()) {
            if (stance.name().equals(chosen.toUpperCase(Locale.ROOT))) {
                return stance;
            }
        }
        return null;
    }
}
