package io.factdesk.api.webhook;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.api.support.Paging;
import io.factdesk.api.support.Roles;
import io.factdesk.verification.webhook.Webhooks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The organisation's webhooks: endpoints told when one of its verdicts is published, corrected or put under
 * review again. Admins only. Deliveries are POSTs of JSON signed with the webhook's secret
 * ({@code X-Factdesk-Signature: sha256=<hex HMAC-SHA256 of the body>}), retried with back-off.
 */
@Path("/api/v1/webhooks")
@Tag(name = "Webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class WebhookResource {

    @Inject
    Webhooks webhooks;

    @Inject
    CurrentActor actor;

    @GET
    @Operation(summary = "List webhooks", description = "Roles: admin. Without their secrets.")
    public List<WebhookView> list() {
        return webhooks.list(actor.get()).stream().map(WebhookView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a webhook", description = "Roles: admin. Events: verdict.published, "
            + "verdict.corrected, verdict.under-review. 201 with the signing secret, shown only in this answer "
            + "(stored encrypted, never shown again). https addresses on the public internet only (plain http "
            + "and internal hosts only if allow-listed by the operator). At most 10 per organisation.")
    public Response create(@Valid @NotNull CreateWebhookRequest request) {
        var created = webhooks.create(actor.get(), request.url(), request.events());
        return Response.status(Response.Status.CREATED).entity(WebhookView.withSecret(created))
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("{id}/secret")
    @Operation(summary = "Rotate a webhook's signing secret", description = "Roles: admin. 200 with the new secret, "
            + "shown only in this answer; every delivery sent from now on, retries included, is signed with it.")
    public Response rotateSecret(@PathParam("id") long id) {
        return Response.ok(WebhookView.withSecret(webhooks.rotateSecret(actor.get(), id)))
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a webhook", description = "Roles: admin. Without its secret.")
    public WebhookView get(@PathParam("id") long id) {
        return WebhookView.of(webhooks.find(actor.get(), id));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a webhook", description = "Roles: admin. Its pending deliveries are not sent. 204.")
    public Response delete(@PathParam("id") long id) {
        webhooks.delete(actor.get(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "List a webhook's deliveries", description = "Roles: admin. Newest first, with the outcome "
            + "of each one's last attempt (limit 1–100, default 20).")
    public List<DeliveryView> deliveries(@PathParam("id") long id, @QueryParam("limit") String limit) {
        return webhooks.deliveries(actor.get(), id, Paging.limit("limit", limit, 20, 100)).stream().map(DeliveryView::of).toList();
    }
}
