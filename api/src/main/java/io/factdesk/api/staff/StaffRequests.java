package io.factdesk.api.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request bodies of the staff and organisation operations. */
public final class StaffRequests {

    private StaffRequests() {
    }

    /** Invite a login name or e-mail address with roles (reviewer, editor, admin). */
    public record InviteRequest(@NotBlank @Size(max = 200) String login,
            @NotEmpty @Size(max = 3) List<@NotBlank @Size(max = 20) String> roles) {
    }

    /** A member's new roles (reviewer, editor, admin): Factdesk manages them from then on. */
    public record RolesRequest(@NotEmpty @Size(max = 3) List<@NotBlank @Size(max = 20) String> roles) {
    }

    /** A new organisation; {@code firstAdmin} (optional) is invited as its admin. */
    public record CreateOrganisationRequest(@NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 64) String slug, @Size(max = 200) String firstAdmin) {
    }
}
