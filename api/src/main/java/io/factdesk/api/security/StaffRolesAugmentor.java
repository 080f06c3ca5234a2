package io.factdesk.api.security;

import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.staff.StaffDirectory;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Combines the identity provider's roles with Factdesk's staff table for every authenticated request. A login
 * whose membership carries roles (set by an organisation admin) gets exactly those staff roles: the token's
 * reviewer, editor and admin roles are replaced, other roles (platform-admin) are kept. A membership without
 * roles leaves the token's roles as they are. An open invitation matching the login name or e-mail address
 * becomes a membership on the first login. When the token names an organisation (the {@code organisation} claim)
 * other than the membership's, the identity provider decides alone.
 */
@ApplicationScoped
public class StaffRolesAugmentor implements SecurityIdentityAugmentor {

    @Inject
    StaffDirectory directory;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> withStaffRoles(identity));
    }

    private SecurityIdentity withStaffRoles(SecurityIdentity identity) {
        String username = identity.getPrincipal().getName();
        JsonWebToken token = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt : null;
        Optional<StaffDirectory.Membership> membership = directory.membership(username, claim(token,
                "preferred_username"), claim(token, "email"), claim(token, "name"));
        String claimed = claim(token, CurrentActor.ORGANISATION_CLAIM);
        Optional<Set<StaffRole>> managed = membership
                .filter(m -> claimed == null || claimed.equals(m.organisationSlug()))
                .flatMap(StaffDirectory.Membership::managedRoles);
        if (managed.isEmpty()) {
            return identity;
        }
        Set<String> roles = new HashSet<>(identity.getRoles());
        for (StaffRole role : StaffRole.values()) {
            roles.remove(role.tokenName());
        }
        managed.get().forEach(role -> roles.add(role.tokenName()));
        if (managed.get().contains(StaffRole.EDITOR)) {
            roles.add(StaffRole.REVIEWER.tokenName());
        }
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addRoles(roles)
                .addPermissionChecker(identity::checkPermission)
                .setAnonymous(false)
                .build();
    }

    private static String claim(JsonWebToken token, String name) {
        if (token == null) {
            return null;
        }
        Object value = token.getClaim(name);
        String text = value == null ? null : value.toString().replace("\"", "").strip();
        return text == null || text.isEmpty() ? null : text;
    }
}
