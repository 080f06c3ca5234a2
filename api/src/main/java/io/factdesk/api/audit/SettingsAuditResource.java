package io.factdesk.api.audit;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.api.support.PageView;
import io.factdesk.api.support.Paging;
import io.factdesk.api.support.Roles;
import io.factdesk.verification.settings.SettingsAudit;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The append-only audit trail of the caller's organisation's settings. */
@Path("/api/v1/settings/events")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
public class SettingsAuditResource {

    @Inject
    SettingsAudit audit;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The organisation's settings audit trail", description = "Roles: admin. Every change of "
            + "the review policies, rating scale, public profile, webhooks and staff: who, when, what (type: "
            + "PoliciesChanged, RatingScaleChanged, ProfileChanged, WebhookAdded, WebhookRemoved, "
            + "OrganisationCreated, StaffInvited, InvitationAccepted, InvitationWithdrawn, StaffRolesChanged, "
            + "StaffRemoved); newest first, paginated. Match decisions are in each claim's own trail "
            + "(/api/v1/claims/{id}/events).")
    public PageView<SettingsAudit.Entry> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageView.of(audit.of(actor.get(), Paging.of(page, size)), entry -> entry);
    }
}
