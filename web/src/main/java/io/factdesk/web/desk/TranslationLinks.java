package io.factdesk.web.desk;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.verdict.Verdict;
import io.factdesk.verification.claim.ClaimService;
import io.factdesk.verification.verdict.VerdictTranslations;
import io.factdesk.web.errors.ErrorPages;
import io.factdesk.web.forms.Forms;
import io.factdesk.web.support.PageLanguage;
import io.factdesk.web.support.TranslationLinkMsg;
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
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The claim page's translation panel: an editor links the claim's published verdict as the translation of another
 * of the organisation's verdicts (chosen from the list, or named by id, slug or address), or removes such a link,
 * through the same service as the API's {@code /api/v1/verdicts/{id}/translation-of}. Success answers 303 back to
 * the claim page with a notice; a missing choice answers 400, a verdict the organisation does not have 404, and a
 * refused link (same language, a translation of a translation) 409, each as the friendly error page.
 */
@Path("/desk/claims/{id: [0-9]+}/translation")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class TranslationLinks {

    /** How many verdicts the panel's list offers. */
    static final int CANDIDATES = 100;

    @Inject
    CurrentActor currentActor;

    @Inject
    ClaimService claims;

    @Inject
    VerdictTranslations translations;

    /**
     * Links this claim's verdict to the verdict chosen: {@code other} (typed id, slug or address) if given, else
     * {@code verdict} (the id chosen from the list).
     */
    @POST
    @Path("link")
    @RolesAllowed("editor")
    public Response link(@PathParam("id") long id, @RestForm String verdict, @RestForm String other) {
        String reference = Forms.clean(other) != null ? other : verdict;
        return act(id, reference, "translation-linked", (me, mine, chosen) -> translations.link(me, mine, chosen));
    }

    /** Removes the link between this claim's verdict and {@code verdict} (an id or slug), whichever way it goes. */
    @POST
    @Path("unlink")
    @RolesAllowed("editor")
    public Response unlink(@PathParam("id") long id, @RestForm String verdict) {
        return act(id, verdict, "translation-unlinked",
                (me, mine, chosen) -> translations.unlinkPair(me, mine, chosen));
    }

    /** What a form does with this claim's verdict and the verdict it names. */
    @FunctionalInterface
    private interface Action {
        void apply(Actor me, long mine, long chosen);
    }

    /** Runs {@code action} and answers 303 to the claim page with {@code notice}, or the error page. */
    private Response act(long id, String reference, String notice, Action action) {
        if (Forms.clean(reference) == null) {
            return ErrorPages.page(400, PageLanguage.bundle(TranslationLinkMsg.class).error_choose());
        }
        Actor me = currentActor.get();
        Optional<Long> mine = verdictOf(me, id);
        if (mine.isEmpty()) {
            return ErrorPages.page(409, PageLanguage.bundle(TranslationLinkMsg.class).error_no_verdict());
        }
        action.apply(me, mine.get(), translations.resolve(me, reference));
        return Claims.seeOther(id, notice);
    }

    /** A reload of the panel's address, a bookmark or the return from a new login: the claim page. */
    @GET
    public Response page(@PathParam("id") long id) {
        return Response.seeOther(URI.create(Claims.address(id))).build();
    }

    /** The same for the address of either form. */
    @GET
    @Path("{form}")
    public Response formAddress(@PathParam("id") long id) {
        return page(id);
    }

    /** The id of the published verdict of the organisation's claim (404 for a claim it does not have). */
    private Optional<Long> verdictOf(Actor me, long claimId) {
        Claim claim = claims.get(me, claimId);
        return Verdict.findByClaim(claim).map(v -> v.id);
    }
}
