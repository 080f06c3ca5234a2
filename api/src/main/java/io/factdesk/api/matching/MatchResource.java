package io.factdesk.api.matching;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.api.support.Paging;
import io.factdesk.api.support.Roles;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.ClaimMatch;
import io.factdesk.core.staff.Actor;
import io.factdesk.verification.claim.ClaimService;
import io.factdesk.verification.matching.ClaimMatcher;
import io.factdesk.verification.matching.MatchDecisions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Claim matching for a stored claim: earlier claims of the caller's organisation and published verdicts of every
 * organisation that may say the same, and the reviewer's decision on a suggested pair. Free text is matched by
 * {@link TextMatchResource}.
 */
@Path("/api/v1/claims/{claimId}/matches")
@Tag(name = "Claim matching")
@Produces(MediaType.APPLICATION_JSON)
public class MatchResource {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;

    @Inject
    ClaimMatcher matcher;

    @Inject
    MatchDecisions decisions;

    @Inject
    ClaimService claims;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    @Transactional
    @Operation(summary = "Earlier checks of a claim", description = "Roles: reviewer, editor. The organisation's "
            + "own claims and every organisation's published verdicts that may say the same, best first, with score "
            + "(0..1) and level (POSSIBLE, SUGGESTED, LIKELY_DUPLICATE). Rejected pairs are left out; a confirmed one has "
            + "decision CONFIRMED. limit 1..50 (default 10). Another organisation's claim answers 404.")
    public List<MatchView> forClaim(@PathParam("claimId") long claimId, @QueryParam("limit") String limit) {
        Actor me = actor.get();
        Claim claim = claims.get(me, claimId);
        Map<Long, String> decided = ClaimMatch.listFor(claim).stream()
                .collect(Collectors.toMap(m -> m.matchedClaim.id, m -> m.decision.name(), (a, b) -> a));
        return matcher.matchesForClaim(claim, limit(limit)).stream()
                .map(m -> MatchView.of(m, me.organisation().id, decided.get(m.claimId()))).toList();
    }

    @POST
    @Path("{matchedClaimId}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    @Transactional
    @Operation(summary = "Confirm a match", description = "Roles: reviewer, editor. Records that the claim says "
            + "the same as the earlier claim and links it (duplicateOf), with an optional note. The earlier claim "
            + "must be the organisation's own or a published verdict, else 404 not-found; a claim matched with "
            + "itself gets 409 conflict/same-claim. A later decision on the same pair replaces this one.")
    public MatchDecisionView confirm(@PathParam("claimId") long claimId,
            @PathParam("matchedClaimId") long matchedClaimId, @Valid MatchDecisionRequest request) {
        return MatchDecisionView.of(decisions.confirm(actor.get(), claimId, matchedClaimId, note(request)));
    }

    @POST
    @Path("{matchedClaimId}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    @Transactional
    @Operation(summary = "Reject a match", description = "Roles: reviewer, editor. Records that the claim does "
            + "not say the same as the earlier claim; the pair is no longer suggested, and a link to it is removed. "
            + "Optional note. Same refusals as confirm (404 not-found, 409 conflict/same-claim).")
    public MatchDecisionView reject(@PathParam("claimId") long claimId,
            @PathParam("matchedClaimId") long matchedClaimId, @Valid MatchDecisionRequest request) {
        return MatchDecisionView.of(decisions.reject(actor.get(), claimId, matchedClaimId, note(request)));
    }

    private static String note(MatchDecisionRequest request) {
        return request == null ? null : request.note();
    }

    static int limit(String value) {
        return Paging.limit("limit", value, DEFAULT_LIMIT, MAX_LIMIT);
    }
}
