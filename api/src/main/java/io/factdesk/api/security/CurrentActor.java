package io.factdesk.api.security;

import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.organisation.OrganisationMember;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.staff.PlatformAdmin;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The logged-in staff member as an {@link Actor}: username and roles from the identity (the token's roles, or the
 * membership's when Factdesk manages them: {@link StaffRolesAugmentor}), organisation from the token's
 * {@code organisation} claim (an organisation slug) or, when the provider sends none, from the organisation
 * membership table. Staff without an organisation are refused (403).
 */
@RequestScoped
public class CurrentActor {

    /** Token claim that carries the organisation slug (a Keycloak user-attribute mapper, for example). */
    public static final String ORGANISATION_CLAIM = "organisation";

    @Inject
    SecurityIdentity identity;

    private Actor actor;

    /** The acting staff member; throws 403 for anonymous callers or staff without an organisation. */
    public Actor get() {
        if (actor == null) {
            actor = resolve().orElseThrow(() -> new ForbiddenException("Not a staff member of any organisation"));
        }
        return actor;
    }

    /** The staff member if the caller is logged in and belongs to an organisation. */
    public Optional<Actor> find() {
        if (actor == null) {
            resolve().ifPresent(found -> actor = found);
        }
        return Optional.ofNullable(actor);
    }

    /** The caller as a platform administrator; throws 403 unless the identity provider gives them that role. */
    public PlatformAdmin platformAdmin() {
        if (identity == null || identity.isAnonymous() || !identity.hasRole(PlatformAdmin.ROLE)) {
            throw new ForbiddenException("Not a platform administrator");
        }
        return new PlatformAdmin(identity.getPrincipal().getName());
    }

    private Optional<Actor> resolve() {
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        String username = identity.getPrincipal().getName();
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        identity.getRoles().forEach(role -> StaffRole.fromTokenName(role).ifPresent(roles::add));
        Optional<OrganisationMember> member = OrganisationMember.findByUsername(username);
        Optional<Organisation> organisation = organisationClaim()
                .flatMap(Organisation::findBySlug)
                .or(() -> member.map(m -> m.organisation));
        String displayName = member.map(m -> m.displayName).orElse(username);
        return organisation.map(org -> new Actor(username, displayName, org, roles));
    }

    private Optional<String> organisationClaim() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object value = token.getClaim(ORGANISATION_CLAIM);
            if (value != null && !value.toString().isBlank()) {
                return Optional.of(value.toString().replace("\"", ""));
            }
        }
        return Optional.empty();
    }
}
