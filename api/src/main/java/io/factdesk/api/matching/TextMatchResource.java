package io.factdesk.api.matching;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.api.support.Roles;
import io.factdesk.core.staff.Actor;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.matching.ClaimMatcher;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The pre-check before creating a claim: earlier claims and published verdicts that may say the same as a text. */
@Path("/api/v1/matches")
@Tag(name = "Claim matching")
@Produces(MediaType.APPLICATION_JSON)
public class TextMatchResource {

    static final int MAX_TEXT = ClaimMatcher.MAX_TEXT;

    @Inject
    ClaimMatcher matcher;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    @Operation(summary = "Earlier checks of a text", description = "Roles: reviewer, editor. The pre-check before "
            + "creating a claim: matches for text (required, at most 5000 characters) among the organisation's own "
            + "claims and every organisation's published verdicts, best first. A LIKELY_DUPLICATE should be looked "
            + "at before POST /api/v1/claims. limit 1..50 (default 10).")
    public List<MatchView> forText(@QueryParam("text") String text, @QueryParam("limit") String limit) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of("text", "blank");
        }
        if (text.length() > MAX_TEXT) {
            throw InvalidInput.of("text", "too_long", MAX_TEXT);
        }
        Actor me = actor.get();
        return matcher.matches(me.organisation().id, text.strip(), MatchResource.limit(limit)).stream()
                .map(m -> MatchView.of(m, me.organisation().id, null)).toList();
    }
}
