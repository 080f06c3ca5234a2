package io.factdesk.api.me;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the bearer token belongs to: a quick check that login, roles and organisation are set up right. */
@Path("/api/v1/me")
@Tag(name = "Account")
@Authenticated
public class MeResource {

    public record MeView(String username, String displayName, String organisation, List<String> roles) {
    }

    @Inject
    CurrentActor currentActor;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The calling staff member", description = "Roles: any staff member. 403 without an organisation.")
    public MeView me() {
        Actor actor = currentActor.get();
        return new MeView(actor.username(), actor.displayName(), actor.organisation().slug,
                actor.roles().stream().map(StaffRole::tokenName).sorted().toList());
    }
}
