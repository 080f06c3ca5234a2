package io.factdesk.verification.staff;

import io.factdesk.core.audit.OrganisationEvent;
import io.factdesk.core.organisation.OrganisationMember;
import io.factdesk.core.organisation.StaffInvitation;
import io.factdesk.core.staff.StaffRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;

/**
 * Looks up a login's membership when it authenticates, turning an open invitation into a membership on the first
 * login: an invitation matches the login name or the e-mail address the identity provider sends.
 */
@ApplicationScoped
public class StaffDirectory {

    /** The membership the login holds: its organisation slug and, when Factdesk manages them, its roles. */
    public record Membership(String organisationSlug, Optional<Set<StaffRole>> managedRoles) {
    }

    /**
     * The login's membership, accepting a matching invitation first if there is none yet. Runs in its own
     * transaction (called while a request is being authenticated).
     */
    public Optional<Membership> membership(String username, String preferredUsername, String email,
            String displayName) {
        if (username == null || username.length() > 200) {
            return Optional.empty();
        }
        try {
            return lookUp(username, preferredUsername, email, displayName);
        } catch (RuntimeException concurrentFirstLogin) {
            // Two first requests of the same login raced to accept its invitation: the other one won.
            return lookUp(username, null, null, null);
        }
    }

    private Optional<Membership> lookUp(String username, String preferredUsername, String email,
            String displayName) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<OrganisationMember> member = OrganisationMember.findByUsername(username);
            if (member.isEmpty()) {
                member = accept(username, preferredUsername, email, displayName);
            }
            return member.map(found -> new Membership(found.organisation.slug,
                    found.managesRoles() ? Optional.of(found.managedRoles()) : Optional.empty()));
        });
    }

    private static Optional<OrganisationMember> accept(String username, String preferredUsername, String email,
            String displayName) {
        Optional<StaffInvitation> invitation = StaffInvitation.findByLogin(username)
                .or(() -> StaffInvitation.findByLogin(preferredUsername))
                .or(() -> StaffInvitation.findByLogin(email));
        return invitation.map(found -> {
            OrganisationMember member = new OrganisationMember();
            member.organisation = found.organisation;
            member.username = username;
            String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
            member.displayName = name.length() > 200 ? name.substring(0, 200) : name;
            member.roles = found.roles;
            member.persist();
            found.delete();
            OrganisationEvent.record(found.organisation, "InvitationAccepted", username,
                    found.login + " joined as " + found.roles);
            return member;
        });
    }
}
