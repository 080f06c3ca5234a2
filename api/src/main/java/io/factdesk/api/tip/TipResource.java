package io.factdesk.api.tip;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.api.support.PageView;
import io.factdesk.api.support.Paging;
import io.factdesk.api.support.Roles;
import io.factdesk.core.common.ValidWebUrl;
import io.factdesk.core.tip.Tip;
import io.factdesk.verification.tip.TipDraft;
import io.factdesk.verification.tip.TipReceipt;
import io.factdesk.verification.tip.TipService;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Readers' tips: anyone may send one (rate-limited per client); staff read them. */
@Path("/api/v1/tips")
@Tag(name = "Tips")
@Produces(MediaType.APPLICATION_JSON)
public class TipResource {

    /** A tip; {@code organisation} is the slug of the organisation asked (optional). */
    public record TipRequest(
            @NotBlank @Size(max = 2000) String text,
            @ValidWebUrl String url,
            @Size(max = 300) String contact,
            @Size(max = 64) String organisation) {
    }

    /** A tip as staff see it (never the sender's address). */
    public record TipView(long id, String text, String url, String contact, String organisation, Long claimId,
            Instant submittedAt) {

        static TipView of(Tip t) {
            return new TipView(t.id, t.text, t.url, t.contact, t.organisation == null ? null : t.organisation.slug,
                    t.claim == null ? null : t.claim.id, t.submittedAt);
        }
    }

    @Inject
    TipService tips;

    @Inject
    CurrentActor actor;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a tip", description = "Public, no token. At most a few tips per client address in a "
            + "sliding window (factdesk.tips.rate-limit.*); over it: 429 rate-limited with Retry-After. 202.")
    @APIResponse(responseCode = "429", description = "Too many tips from this client (problem type rate-limited)")
    public Response send(@Valid @NotNull TipRequest request, @Context HttpServerRequest http) {
        TipReceipt receipt = tips.submit(new TipDraft(request.text(), request.url(), request.contact(),
                request.organisation()), http.remoteAddress().hostAddress(), null);
        return Response.accepted(receipt).build();
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR})
    @Operation(summary = "List tips", description = "Roles: reviewer, editor. Tips to the caller's organisation or to "
            + "nobody in particular, newest first; paginated.")
    public PageView<TipView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageView.of(tips.list(actor.get(), Paging.of(page, size)), TipView::of);
    }
}
