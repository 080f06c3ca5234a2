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
import io.factdesk.web.support.DeskErrors;
import io.factdesk.web.support.FieldLimits;
import io.factdesk.web.support.Forms;
import io.factdesk.web.support.Markdown;
import io.factdesk.web.support.Words;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;
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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The desk's claim page and every action on it. Each action is POST-redirect-GET: success answers 303 back to
 * the page with a notice; a refusal or invalid input renders the page again with the reason and the typed values.
 */
@Path("/desk/claims/{id: [0-9]+}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class Claims {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(ClaimPage page);
    }

    static final Map<String, String> NOTICES = Map.ofEntries(
            Map.entry("taken", "You took this claim."),
            Map.entry("assigned", "The claim was assigned."),
            Map.entry("evidence-added", "Evidence added."),
            Map.entry("evidence-removed", "Evidence removed."),
            Map.entry("submitted", "Your review was submitted for approval."),
            Map.entry("approved", "You approved the review."),
            Map.entry("returned", "The review was returned to the reviewer."),
            Map.entry("dismissed", "The claim was dismissed."),
            Map.entry("corrected", "The correction awaits another editor's approval; the public sees the current "
                    + "verdict until then."),
            Map.entry("typo-corrected", "The typo correction was published."),
            Map.entry("correction-approved", "You approved the correction."),
            Map.entry("correction-returned", "The correction was returned; nothing public changed."),
            Map.entry("reopened", "The claim was reopened for review."),
            Map.entry("created", "The claim was created."),
            Map.entry("match-confirmed", "The claim is now linked to the earlier check."),
            Map.entry("match-rejected", "The suggestion was set aside and will not be shown again."));

    /** Explicit, so the error-page filter keeps a re-rendered page with a refusal or field errors. */
    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

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

    @GET
    public String show(@PathParam("id") long id, @RestQuery String done) {
        String notice = done == null ? null : NOTICES.get(done);
        return pages.render(currentActor.get(), id, Map.of(), Map.of(), null, notice, null);
    }

    @POST
    @Path("take")
    @RolesAllowed("reviewer")
    public Response take(@PathParam("id") long id, @RestForm String version) {
        return act(id, "taken", Map.of(), me -> workflow.take(me, id, Forms.version(version)));
    }

    @POST
    @Path("assign")
    @RolesAllowed("editor")
    public Response assign(@PathParam("id") long id, @RestForm String version, @RestForm String assignee) {
        return act(id, "assigned", Forms.values("assignee", assignee),
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
            return invalid(id, form, errors);
        }
        LocalDate accessed = Forms.date("evidence-accessedOn", accessedOn, errors);
        if (Forms.clean(title) == null) {
            errors.put("evidence-title", "Give the source a title.");
        }
        if (Forms.clean(publisher) == null) {
            errors.put("evidence-publisher", "Say who published the source.");
        }
        String link = Forms.url("evidence-url", url, errors);
        if (Forms.clean(url) == null && Forms.clean(citation) == null) {
            errors.put("evidence-url", "Give a web address or a citation.");
        }
        Stance chosen = stance(stance);
        if (chosen == null) {
            errors.put("evidence-stance", MessageBundles.get(Words.class).evidence_stance_missing());
        }
        if (!errors.isEmpty()) {
            return invalid(id, form, errors);
        }
        EvidenceDraft draft = new EvidenceDraft(link, Forms.clean(citation), title.strip(),
                publisher.strip(), accessed, chosen, Forms.clean(note));
        return act(id, "evidence-added", form, me -> evidence.add(me, id, draft, Forms.version(version)));
    }

    @POST
    @Path("evidence/{evidenceId}/remove")
    public Response removeEvidence(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId,
            @RestForm String version) {
        return act(id, "evidence-removed", Map.of(),
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
            return invalid(id, form, tooLong);
        }
        if (preview != null) {
            return Response.ok(pages.render(currentActor.get(), id, form, Map.of(), null, null,
                    Markdown.toSafeHtml(analysis))).build();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (Forms.clean(analysis) == null) {
            errors.put("analysis", "Write the analysis.");
        }
        if (Forms.clean(rating) == null) {
            errors.put("rating", "Choose the rating you propose.");
        }
        if (!errors.isEmpty()) {
            return invalid(id, form, errors);
        }
        ReviewDraft draft = new ReviewDraft(analysis, rating, Forms.clean(headline), Forms.clean(summary));
        return act(id, "submitted", form, me -> workflow.submitReview(me, id, draft, Forms.version(version)));
    }

    @POST
    @Path("approve")
    @RolesAllowed("editor")
    public Response approve(@PathParam("id") long id, @RestForm String version) {
        return act(id, "approved", Map.of(), me -> workflow.approve(me, id, Forms.version(version)));
    }

    @POST
    @Path("return")
    @RolesAllowed("editor")
    public Response returnForWork(@PathParam("id") long id, @RestForm String version, @RestForm String note) {
        if (Forms.clean(note) == null) {
            return invalid(id, Map.of(), Map.of("return-note", "Tell the reviewer what to change."));
        }
        return act(id, "returned", Forms.values("return-note", note),
                me -> workflow.returnForWork(me, id, note.strip(), Forms.version(version)));
    }

    @POST
    @Path("dismiss")
    @RolesAllowed("editor")
    public Response dismiss(@PathParam("id") long id, @RestForm String version, @RestForm String reason) {
        if (Forms.clean(reason) == null) {
            return invalid(id, Map.of(), Map.of("dismiss-reason", "Give the reason for dismissing the claim."));
        }
        return act(id, "dismissed", Forms.values("dismiss-reason", reason),
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
            return invalid(id, form, Map.of("correct-note", "Say publicly what changed and why."));
        }
        boolean typoOnly = Forms.clean(typo) != null;
        CorrectionDraft draft = new CorrectionDraft(note.strip(), Forms.clean(rating), null, null,
                Forms.clean(explanation), typoOnly);
        return act(id, typoOnly ? "typo-corrected" : "corrected", form,
                me -> workflow.correct(me, id, draft, Forms.version(version)));
    }

    @POST
    @Path("approve-correction")
    @RolesAllowed("editor")
    public Response approveCorrection(@PathParam("id") long id, @RestForm String version) {
        return act(id, "correction-approved", Map.of(),
                me -> workflow.approveCorrection(me, id, Forms.version(version)));
    }

    @POST
    @Path("return-correction")
    @RolesAllowed("editor")
    public Response returnCorrection(@PathParam("id") long id, @RestForm String version, @RestForm String note) {
        if (Forms.clean(note) == null) {
            return invalid(id, Map.of(), Map.of("return-correction-note", "Tell the editor why it is returned."));
        }
        return act(id, "correction-returned", Forms.values("return-correction-note", note),
                me -> workflow.returnCorrection(me, id, note.strip(), Forms.version(version)));
    }

    @POST
    @Path("reopen")
    @RolesAllowed("editor")
    public Response reopen(@PathParam("id") long id, @RestForm String version, @RestForm String note) {
        if (Forms.clean(note) == null) {
            return invalid(id, Map.of(), Map.of("reopen-note", "Say why the verdict is reviewed again."));
        }
        return act(id, "reopened", Forms.values("reopen-note", note),
                me -> workflow.reopen(me, id, note.strip(), Forms.version(version)));
    }

    @POST
    @Path("matches/{matchedClaimId}/confirm")
    @RolesAllowed("reviewer")
    public Response confirmMatch(@PathParam("id") long id, @PathParam("matchedClaimId") long matchedClaimId,
            @RestForm String note) {
        return act(id, "match-confirmed", Map.of(),
                me -> matches.confirm(me, id, matchedClaimId, Forms.clean(note)));
    }

    @POST
    @Path("matches/{matchedClaimId}/reject")
    @RolesAllowed("reviewer")
    public Response rejectMatch(@PathParam("id") long id, @PathParam("matchedClaimId") long matchedClaimId,
            @RestForm String note) {
        return act(id, "match-rejected", Map.of(),
                me -> matches.reject(me, id, matchedClaimId, Forms.clean(note)));
    }

    private Response act(long id, String notice, Map<String, String> form, Consumer<Actor> action) {
        Map<String, String> tooLong = FieldLimits.check(form);
        if (!tooLong.isEmpty()) {
            return invalid(id, form, tooLong);
        }
        Actor me = currentActor.get();
        try {
            action.accept(me);
        } catch (InvalidInput e) {
            return invalid(id, form, Map.of(fieldOf(e), e.getMessage()));
        } catch (RuntimeException e) {
            String message = DeskErrors.messageOf(e);
            return Response.status(Response.Status.CONFLICT).type(HTML)
                    .entity(pages.render(me, id, form, Map.of(), message, null, null)).build();
        }
        return seeOther(id, notice);
    }

    private Response invalid(long id, Map<String, String> form, Map<String, String> errors) {
        return Response.status(Response.Status.BAD_REQUEST).type(HTML)
                .entity(pages.render(currentActor.get(), id, form, errors, null, null, null)).build();
    }

    static Response seeOther(long id, String notice) {
        return Response.seeOther(URI.create("/desk/claims/" + id + "?done=" + notice)).build();
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
