package io.factdesk.web.desk;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.common.Conflict;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.common.NotPermitted;
import io.factdesk.verification.common.PageRequest;
import io.factdesk.verification.common.Paged;
import io.factdesk.verification.tip.TipInbox;
import io.factdesk.verification.tip.TipView;
import io.factdesk.web.errors.DeskErrors;
import io.factdesk.web.forms.PageNumbers;
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
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The tips inbox: readers' tips, newest first, open or handled; one tip with its duplicates; marking handled,
 * merging a duplicate and turning a tip into a claim. Every form answers with a redirect, a refusal included
 * (as a short code the page turns into a message).
 */
@Path("/desk/tips")
@RolesAllowed({StaffRole.REVIEWER_NAME, StaffRole.EDITOR_NAME})
@Produces(MediaType.TEXT_HTML)
public class TipPages {

    private static final Set<String> DONE = Set.of("handled", "reopened", "merged");
    private static final Set<String> ERRORS = Set.of("merge-number", "merge-unknown", "merge-same",
            "merge-claims", "claim-exists", "claim-invalid");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Actor me, String show, Paged<TipView> tips, String previousUrl,
                String nextUrl);

        static native TemplateInstance show(Actor me, TipView view, String done, String error);
    }

    @Inject
    CurrentActor currentActor;

    @Inject
    TipInbox inbox;

    @GET
    @Transactional
    public String index(@RestQuery String show, @RestQuery String page) {
        Actor me = currentActor.get();
        TipInbox.Show selected = show(show);
        String name = selected.name().toLowerCase(Locale.ROOT);
        int number = PageNumbers.of(page);
        try {
            Paged<TipView> tips = inbox.list(me, selected, new PageRequest(number, PageRequest.DEFAULT_SIZE));
            long pages = Math.max(1, (tips.total() + tips.size() - 1) / tips.size());
            String base = "/desk/tips?show=" + name + "&page=";
            return Templates.index(me, name, tips, number > 1 ? base + (number - 1) : null,
                    number < pages ? base + (number + 1) : null).render();
        } catch (NotPermitted e) {
            DeskErrors.messageOf(e);
            throw e;
        }
    }

    @GET
    @Path("{id}")
    @Transactional
    public String show(@PathParam("id") long id, @RestQuery String done, @RestQuery String error) {
        Actor me = currentActor.get();
        try {
            return Templates.show(me, inbox.get(me, id), done != null && DONE.contains(done) ? done : null,
                    error != null && ERRORS.contains(error) ? error : null).render();
        } catch (NotFound | NotPermitted e) {
            DeskErrors.messageOf(e);
            throw e;
        }
    }

    @POST
    @Path("{id}/handled")
    public Response markHandled(@PathParam("id") long id) {
        return act(id, () -> inbox.markHandled(currentActor.get(), id).tip().id, "handled");
    }

    @POST
    @Path("{id}/reopen")
    public Response reopen(@PathParam("id") long id) {
        return act(id, () -> inbox.reopen(currentActor.get(), id).tip().id, "reopened");
    }

    @POST
    @Path("{id}/merge")
    public Response merge(@PathParam("id") long id, @RestForm String into) {
        long target;
        try {
            target = TipInbox.id(into == null || into.length() > 20 ? null : into.replace("#", ""));
        } catch (InvalidInput e) {
            return back(id, "error=merge-number");
        }
        Actor me = currentActor.get();
        visible(me, id);
        try {
            return back(inbox.merge(me, id, target).tip().id, "done=merged");
        } catch (NotFound e) {
            // The tip being merged exists (checked above); the one to merge into does not, for this desk.
            return back(id, "error=merge-unknown");
        } catch (Conflict e) {
            return back(id, "error=" + ("same-tip".equals(e.code()) ? "merge-same" : "merge-claims"));
        }
    }

    @POST
    @Path("{id}/claim")
    public Response toClaim(@PathParam("id") long id, @RestForm String text, @RestForm String claimant) {
        Actor me = currentActor.get();
        try {
            long claimId = inbox.toClaim(me, id, text, claimant).id;
            return Response.seeOther(URI.create("/desk/claims/" + claimId + "?done=created")).build();
        } catch (Conflict e) {
            return back(id, "error=claim-exists");
        } catch (InvalidInput e) {
            return back(id, "error=claim-invalid");
        } catch (NotFound | NotPermitted e) {
            DeskErrors.messageOf(e);
            throw e;
        }
    }

    /** Runs one inbox step and redirects to the tip it leaves in front of the user. */
    private Response act(long id, java.util.function.LongSupplier step, String done) {
        visible(currentActor.get(), id);
        return back(step.getAsLong(), "done=" + done);
    }

    /** Not found or not allowed: the error page, before anything changes. */
    private void visible(Actor me, long id) {
        try {
            inbox.get(me, id);
        } catch (NotFound | NotPermitted e) {
            DeskErrors.messageOf(e);
            throw e;
        }
    }

    private static Response back(long id, String query) {
        return Response.seeOther(URI.create("/desk/tips/" + id + "?" + query)).build();
    }

    private static TipInbox.Show show(String value) {
        if (value != null && value.length() < 10) {
            for (TipInbox.Show show : TipInbox.Show.values()) {
                if (show.name().equalsIgnoreCase(value)) {
                    return show;
                }
            }
        }
        return TipInbox.Show.OPEN;
    }
}
