package io.factdesk.api.claim;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.api.support.PageView;
import io.factdesk.api.support.Paging;
import io.factdesk.api.support.Roles;
import io.factdesk.verification.claim.ClaimService;
import io.factdesk.verification.claim.DeskQueue;
import io.factdesk.verification.claim.QueueCounts;
import io.factdesk.verification.common.NotFound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The desk's work queues for the caller. */
@Path("/api/v1/desk/queues")
@Tag(name = "Claims")
@Produces(MediaType.APPLICATION_JSON)
public class DeskResource {

    @Inject
    ClaimService claims;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    @Operation(summary = "Queue counts", description = "Roles: reviewer, editor. How many claims each queue holds: "
            + "mine, unassigned, awaiting-my-approval (editors), returned-to-me.")
    public QueueCounts counts() {
        return claims.counts(actor.get());
    }

    @GET
    @Path("{queue}")
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    @Operation(summary = "Claims in a queue", description = "Roles: reviewer, editor. queue is one of mine, "
            + "unassigned, awaiting-my-approval, returned-to-me; paginated.")
    public PageView<ClaimView> queue(@PathParam("queue") String queue, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        DeskQueue which;
        try {
            which = DeskQueue.valueOf(queue.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new NotFound("queue", queue);
        }
        return PageView.of(claims.queue(actor.get(), which, Paging.of(page, size)), ClaimView::of);
    }
}
