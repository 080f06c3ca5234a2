package io.factdesk.api.review;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.api.support.Roles;
import io.factdesk.verification.workflow.StaffClaims;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The review rounds of a claim. A review is written by submitting it: {@code POST
 * /api/v1/claims/{id}/transitions/submit-review}.
 */
@Path("/api/v1/claims/{claimId}/reviews")
@Tag(name = "Reviews")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    @Inject
    StaffClaims claims;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    @Operation(summary = "List a claim's review rounds", description = "Roles: reviewer, editor. First round first, "
            + "each with its status and approving editors.")
    public List<ReviewView> list(@PathParam("claimId") long claimId) {
        var staff = actor.get();
        return QuarkusTransaction.joiningExisting().call(
                () -> claims.reviews(staff, claimId).stream().map(ReviewView::of).toList());
    }
}
