package io.factdesk.web.desk;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.ClaimState;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.verdict.CorrectionProposal;
import io.factdesk.verification.claim.ClaimService;
import io.factdesk.web.forms.FieldLimits;
import io.factdesk.web.forms.Forms;
import io.factdesk.verification.common.NotFound;
import io.quarkus.security.Authenticated;
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
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Autosave of the claim page's long forms: {@code /js/drafts.js} posts what is typed in the review and correction
 * forms here every few seconds and on every change (a form post with the CSRF token, like any other), and the
 * page shows it again until the form is sent. The answer is 204: the browser stays on the page it is typing in.
 * With the login expired the code flow answers instead (499 to the script), and the script keeps the text in the
 * browser until the person has logged in again.
 */
@Path("/desk/claims/{id}/draft")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class Drafts {

    @Inject
    CurrentActor currentActor;

    @Inject
    ClaimService claims;

    @Inject
    FormDrafts drafts;

    @POST
    @Transactional
    public Response save(@PathParam("id") long id, @RestForm("draft-form") String form,
            @RestForm String analysis, @RestForm String rating, @RestForm String headline, @RestForm String summary,
            @RestForm String note, @RestForm String explanation) {
        Map<String, String> fields = switch (form == null ? "" : form) {
            case "review" -> Forms.values("analysis", analysis, "rating", rating, "headline", headline,
                    "summary", summary);
            case "correct" -> Forms.values("correct-note", note, "correct-rating", rating, "correct-explanation",
                    explanation);
            default -> null;
        };
        if (fields == null) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        if (!FieldLimits.check(fields).isEmpty()) {
            return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).build();
        }
        Actor me = currentActor.get();
        if (!open(claims.get(me, id), form, me)) {
            return Response.status(Response.Status.CONFLICT).build();
        }
        drafts.saveTyped(me, Claims.address(id), form, fields);
        return Response.noContent().build();
    }

    /**
     * Whether the form can still be sent: a save that arrives after the review or correction was sent (the page
     * posts one when the submit button takes the focus) must not leave a draft of text already sent.
     */
    private static boolean open(Claim claim, String form, Actor me) {
        if (form.equals("review")) {
            return claim.state() == ClaimState.IN_REVIEW && me.username().equals(claim.assignee());
        }
        return claim.state() == ClaimState.RATED && CorrectionProposal.pendingFor(claim.id).isEmpty();
    }

    /** Nothing to see at the autosave address itself: the review form is where its drafts show. */
    @GET
    public Response show(@PathParam("id") long id) {
        if (id < 1) {
            throw new NotFound("claim", id);
        }
        return Response.seeOther(URI.create(Claims.address(id) + "/review")).build();
    }
}
