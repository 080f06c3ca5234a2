package io.factdesk.api.workflow;

import io.factdesk.api.claim.ClaimView;
import io.factdesk.api.problem.Etags;
import io.factdesk.api.security.CurrentActor;
import io.factdesk.api.support.Roles;
import io.factdesk.api.workflow.TransitionRequests.AssignRequest;
import io.factdesk.api.workflow.TransitionRequests.CorrectRequest;
import io.factdesk.api.workflow.TransitionRequests.DismissRequest;
import io.factdesk.api.workflow.TransitionRequests.NoteRequest;
import io.factdesk.api.workflow.TransitionRequests.SubmitReviewRequest;
import io.factdesk.core.claim.Claim;
import io.factdesk.verification.claim.ClaimService;
import io.factdesk.verification.workflow.ReviewWorkflow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Every review-workflow transition (DESIGN.md §3), one operation each. All answer the claim with its new ETag;
 * send {@code If-Match} with the ETag you last saw (a stale one gets 412 and nothing changes). A refused
 * transition is a 409 whose problem type names the rule, e.g. {@code transition-refused/four-eyes}. The claim's
 * {@code allowedActions} names the operations here (and evidence changes) the caller may make next.
 */
@Path("/api/v1/claims/{claimId}/transitions")
@Tag(name = "Workflow")
@Produces(MediaType.APPLICATION_JSON)
public class TransitionResource {

    @Inject
    ReviewWorkflow workflow;

    @Inject
    ClaimService claims;

    @Inject
    CurrentActor actor;

    @POST
    @Path("take")
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    @Operation(summary = "Take a claim", description = "Roles: reviewer, editor. SUBMITTED → IN_REVIEW, assigned to "
            + "the caller.")
    public Response take(@PathParam("claimId") long claimId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(workflow.take(actor.get(), claimId, Etags.expected(ifMatch)));
    }

    @POST
    @Path("assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Assign a claim", description = "Roles: editor. Assigns or reassigns a SUBMITTED or "
            + "IN_REVIEW claim to a reviewer of the organisation.")
    public Response assign(@PathParam("claimId") long claimId, @Valid @NotNull AssignRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(workflow.assign(actor.get(), claimId, request.assignee(), Etags.expected(ifMatch)));
    }

    @POST
    @Path("submit-review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    @Operation(summary = "Submit a review", description = "Roles: reviewer, editor (the assigned reviewer). "
            + "IN_REVIEW → REVIEWED; needs the organisation's minimum evidence (409 transition-refused/minimum-evidence).")
    public Response submitReview(@PathParam("claimId") long claimId, @Valid @NotNull SubmitReviewRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(workflow.submitReview(actor.get(), claimId, request.draft(), Etags.expected(ifMatch)));
    }

    @POST
    @Path("approve")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Approve a review", description = "Roles: editor, never the review's author (409 "
            + "transition-refused/four-eyes). With a k-of-n panel the claim becomes RATED after k approvals and the "
            + "verdict is published.")
    public Response approve(@PathParam("claimId") long claimId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(workflow.approve(actor.get(), claimId, Etags.expected(ifMatch)));
    }

    @POST
    @Path("return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Return a review", description = "Roles: editor. REVIEWED → IN_REVIEW with a required note, "
            + "same reviewer.")
    public Response returnForWork(@PathParam("claimId") long claimId, @Valid @NotNull NoteRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(workflow.returnForWork(actor.get(), claimId, request.note(), Etags.expected(ifMatch)));
    }

    @POST
    @Path("dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Dismiss a claim", description = "Roles: editor. → DISMISSED with a required reason.")
    public Response dismiss(@PathParam("claimId") long claimId, @Valid @NotNull DismissRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(workflow.dismiss(actor.get(), claimId, request.reason(), Etags.expected(ifMatch)));
    }

    @POST
    @Path("correct")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Propose a correction of a published verdict", description = "Roles: editor. RATED "
            + "stays RATED. The correction awaits approval by the organisation's panel (approve-correction; the "
            + "proposer cannot approve it) and the public sees the current revision until then; 409 "
            + "transition-refused/correction-pending while another one waits. With \"typo\": true and the "
            + "organisation's typo policy on, a small edit with the rating unchanged is published at once (409 "
            + "transition-refused/typo-not-allowed or not-a-typo otherwise).")
    public Response correct(@PathParam("claimId") long claimId, @Valid @NotNull CorrectRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var staff = actor.get();
        workflow.correct(staff, claimId, request.draft(), Etags.expected(ifMatch));
        return answer(claims.get(staff, claimId));
    }

    @POST
    @Path("approve-correction")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Approve a proposed correction", description = "Roles: editor, never the proposer (409 "
            + "transition-refused/four-eyes). Once the organisation's k editors approved, the correction is "
            + "published: a new verdict revision with its public note. 409 transition-refused/no-pending-correction "
            + "when none waits.")
    public Response approveCorrection(@PathParam("claimId") long claimId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(workflow.approveCorrection(actor.get(), claimId, Etags.expected(ifMatch)));
    }

    @POST
    @Path("return-correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Return a proposed correction", description = "Roles: editor. With a required note; "
            + "nothing public changes.")
    public Response returnCorrection(@PathParam("claimId") long claimId, @Valid @NotNull NoteRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(workflow.returnCorrection(actor.get(), claimId, request.note(), Etags.expected(ifMatch)));
    }

    @POST
    @Path("reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Reopen a rated claim", description = "Roles: editor. RATED → IN_REVIEW with a required "
            + "note; the verdict stays public, marked under review.")
    public Response reopen(@PathParam("claimId") long claimId, @Valid @NotNull NoteRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(workflow.reopen(actor.get(), claimId, request.note(), Etags.expected(ifMatch)));
    }

    /** The claim after the transition, with what the caller may do with it next. */
    private Response answer(Claim claim) {
        return Response.ok(ClaimView.of(claim, workflow.allowed(actor.get(), claim))).tag(Etags.of(claim.version()))
                .build();
    }
}
