package io.factdesk.verification.staff;

import com.google.re2j.Pattern;
import io.factdesk.core.audit.OrganisationEvent;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.organisation.OrganisationMember;
import io.factdesk.core.organisation.StaffInvitation;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.core.staff.StaffRoles;
import io.factdesk.verification.common.Conflict;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.common.NotPermitted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * An organisation's admins manage its staff: invite by login name or e-mail address, set roles, remove. Every
 * change is recorded in the organisation's audit trail. The organisation always keeps at least one admin whose
 * role Factdesk manages: nobody removes or demotes the last one, themselves included.
 */
@ApplicationScoped
public class StaffAdministration {

    /** A login name or an e-mail address: no spaces or control characters, no commas. */
    private static final Pattern LOGIN = Pattern.compile("[^\\s,<>\"]{1,200}");

    @Inject
    Event<StaffInvited> invited;

    @Transactional
    public StaffList list(Actor actor) {
        NotPermitted.unlessHas(actor, StaffRole.ADMIN);
        Organisation organisation = organisation(actor);
        return new StaffList(OrganisationMember.of(organisation).stream().map(StaffMember::of).toList(),
                StaffInvitation.of(organisation).stream().map(Invitation::of).toList());
    }

    /** Invites a login name or e-mail address with the given roles; refuses one already a member or invited. */
    @Transactional
    public Invitation invite(Actor actor, String login, Collection<String> roleNames) {
        NotPermitted.unlessHas(actor, StaffRole.ADMIN);
        Organisation organisation = organisation(actor);
        String cleaned = login == null ? null : login.strip();
        if (cleaned == null || cleaned.isEmpty()) {
            throw InvalidInput.of("login", "login_missing");
        }
        if (cleaned.length() > 200 || !LOGIN.matches(cleaned)) {
            throw InvalidInput.of("login", "login_form");
        }
        Set<StaffRole> roles = RoleNames.parse(roleNames);
        if (OrganisationMember.findByUsername(cleaned).isPresent()
                || OrganisationMember.findByUsername(StaffInvitation.normalise(cleaned)).isPresent()) {
            throw Conflict.of("already-staff", cleaned);
        }
        if (StaffInvitation.findByLogin(cleaned).isPresent()) {
            throw Conflict.of("already-invited", cleaned);
        }
        StaffInvitation invitation = StaffInvitation.create(organisation, cleaned, roles, actor.username());
        OrganisationEvent.record(organisation, "StaffInvited", actor.username(),
                invitation.login + " as " + invitation.roles);
        invited.fire(new StaffInvited(organisation.name, invitation.login, invitation.roles,
                actor.displayName() == null ? actor.username() : actor.displayName(), organisation.defaultLanguage));
        return Invitation.of(invitation);
    }

    @Transactional
    public void withdraw(Actor actor, long invitationId) {
        NotPermitted.unlessHas(actor, StaffRole.ADMIN);
        Organisation organisation = organisation(actor);
        StaffInvitation invitation = StaffInvitation.<StaffInvitation>findByIdOptional(invitationId)
                .filter(found -> Objects.equals(found.organisation.id, organisation.id))
                .orElseThrow(() -> new NotFound("invitation", invitationId));
        invitation.delete();
        OrganisationEvent.record(organisation, "InvitationWithdrawn", actor.username(), invitation.login);
    }

    /** Sets a member's roles (from then on Factdesk manages them, not the identity provider). */
    @Transactional
    public StaffMember changeRoles(Actor actor, long memberId, Collection<String> roleNames) {
        NotPermitted.unlessHas(actor, StaffRole.ADMIN);
        Organisation organisation = organisation(actor);
        OrganisationMember member = member(organisation, memberId);
        Set<StaffRole> roles = RoleNames.parse(roleNames);
        String before = member.roles == null ? "roles from the identity provider" : member.roles;
        if (!roles.contains(StaffRole.ADMIN)) {
            refuseLosingTheLastAdmin(organisation, member);
        }
        member.changeRoles(roles);
        OrganisationEvent.record(organisation, "StaffRolesChanged", actor.username(),
                member.username + ": " + before + " → " + StaffRoles.toColumn(roles));
        return StaffMember.of(member);
    }

    /** Removes a member from the organisation's staff: their next request finds no organisation. */
    @Transactional
    public void remove(Actor actor, long memberId) {
        NotPermitted.unlessHas(actor, StaffRole.ADMIN);
        Organisation organisation = organisation(actor);
        OrganisationMember member = member(organisation, memberId);
        refuseLosingTheLastAdmin(organisation, member);
        member.delete();
        OrganisationEvent.record(organisation, "StaffRemoved", actor.username(), member.username);
    }

    private static void refuseLosingTheLastAdmin(Organisation organisation, OrganisationMember member) {
        if (member.managedRoles().contains(StaffRole.ADMIN)
                && OrganisationMember.countManagedAdmins(organisation) <= 1) {
            throw Conflict.of("last-admin", member.username);
        }
    }

    private static OrganisationMember member(Organisation organisation, long memberId) {
        return OrganisationMember.<OrganisationMember>findByIdOptional(memberId)
                .filter(found -> Objects.equals(found.organisation.id, organisation.id))
                .orElseThrow(() -> new NotFound("staff member", memberId));
    }

    private static Organisation organisation(Actor actor) {
        return Organisation.findById(actor.organisation().id);
    }
}
