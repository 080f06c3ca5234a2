package io.factdesk.web.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factdesk.core.audit.OrganisationEvent;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.rating.Rating;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.common.Conflict;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.common.NotPermitted;
import io.factdesk.verification.staff.OrganisationSummary;
import io.factdesk.verification.staff.Organisations;
import io.factdesk.verification.staff.PlatformAdmin;
import io.factdesk.verification.staff.StaffAdministration;
import io.factdesk.verification.staff.StaffDirectory;
import io.factdesk.verification.staff.StaffMember;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Organisations and their staff against the real database: creation with the default scale, invitations that
 * turn into memberships on the first login, roles, the last-admin rule and the audit trail.
 */
@QuarkusTest
class StaffAdministrationTest {

    @Inject
    Organisations organisations;

    @Inject
    StaffAdministration staff;

    @Inject
    StaffDirectory directory;

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    /** A new organisation whose first admin "boss-…" has logged in once. */
    private Actor newOrganisationWithAdmin() {
        OrganisationSummary created = organisations.create(new PlatformAdmin("platform"), "Checks " + unique,
                "checks-" + unique, "boss-" + unique);
        Optional<StaffDirectory.Membership> membership = directory.membership("boss-" + unique, null, null,
                "The Boss");
        assertThat(membership).map(StaffDirectory.Membership::organisationSlug).contains(created.slug());
        return new Actor("boss-" + unique, "The Boss", organisation(created.slug()), EnumSet.of(StaffRole.ADMIN));
    }

    private static Organisation organisation(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> Organisation.findBySlug(slug).orElseThrow());
    }

    private StaffMember member(Actor admin, String username) {
        return staff.list(admin).members().stream().filter(m -> m.username().equals(username)).findFirst()
                .orElseThrow();
    }

    private static List<String> eventTypes(Organisation organisation) {
        List<String> newestFirst = QuarkusTransaction.requiringNew().call(() -> OrganisationEvent.latestOf(
                Organisation.findById(organisation.id), 1, 50).stream().map(e -> e.type).toList());
        List<String> oldestFirst = new java.util.ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    @Test
    void aNewOrganisationStartsWithTheDefaultScaleAndItsAdminJoinsOnFirstLogin() {
        Actor boss = newOrganisationWithAdmin();
        long ratings = QuarkusTransaction.requiringNew().call(() -> Rating.count("organisation.id",
                boss.organisation().id));
        assertThat(ratings).isEqualTo(7);
        StaffMember me = member(boss, boss.username());
        assertThat(me.managed()).isTrue();
        assertThat(me.roles()).containsExactly("reviewer", "editor", "admin");
        assertThat(me.displayName()).isEqualTo("The Boss");
        assertThat(staff.list(boss).invitations()).isEmpty();
        assertThat(eventTypes(boss.organisation())).containsExactly("OrganisationCreated", "StaffInvited",
                "InvitationAccepted");
    }

    @Test
    void theLastAdminCanNeitherBeRemovedNorDemotedUntilThereIsAnother() {
        Actor boss = newOrganisationWithAdmin();
        long bossId = member(boss, boss.username()).id();
        assertThatThrownBy(() -> staff.remove(boss, bossId)).isInstanceOf(Conflict.class)
                .extracting(e -> ((Conflict) e).code()).isEqualTo("last-admin");
        assertThatThrownBy(() -> staff.changeRoles(boss, bossId, List.of("editor")))
                .isInstanceOf(Conflict.class).extracting(e -> ((Conflict) e).code()).isEqualTo("last-admin");
        assertThat(member(boss, boss.username()).roles()).contains("admin");

        staff.invite(boss, "Deputy-" + unique + "@Example.org", List.of("admin"));
        directory.membership("deputy-login-" + unique, "deputy-login-" + unique, "deputy-" + unique
                + "@example.org", "Deputy");
        StaffMember deputy = member(boss, "deputy-login-" + unique);
        assertThat(deputy.roles()).containsExactly("admin");

        staff.changeRoles(boss, bossId, List.of("reviewer", "editor"));
        assertThat(member(boss, boss.username()).roles()).containsExactly("reviewer", "editor");
        Actor deputyAdmin = new Actor(deputy.username(), "Deputy", boss.organisation(), Set.of(StaffRole.ADMIN));
        assertThatThrownBy(() -> staff.remove(deputyAdmin, deputy.id())).isInstanceOf(Conflict.class);
        staff.remove(deputyAdmin, bossId);
        assertThat(staff.list(deputyAdmin).members()).extracting(StaffMember::username)
                .containsExactly(deputy.username());
        assertThat(directory.membership(boss.username(), null, null, null)).isEmpty();
        assertThat(eventTypes(boss.organisation())).containsExactly("OrganisationCreated", "StaffInvited",
                "InvitationAccepted", "StaffInvited", "InvitationAccepted", "StaffRolesChanged", "StaffRemoved");
    }

    @Test
    void managedRolesReplaceTheProvidersAndAnInvitationCanBeWithdrawn() {
        Actor boss = newOrganisationWithAdmin();
        staff.invite(boss, "writer-" + unique, List.of("reviewer"));
        long invitation = staff.list(boss).invitations().get(0).id();
        staff.withdraw(boss, invitation);
        assertThat(staff.list(boss).invitations()).isEmpty();
        assertThat(directory.membership("writer-" + unique, null, null, null)).isEmpty();

        staff.invite(boss, "writer-" + unique, List.of("editor"));
        assertThat(directory.membership("writer-" + unique, null, null, null).orElseThrow().managedRoles())
                .contains(EnumSet.of(StaffRole.EDITOR));
        assertThat(eventTypes(boss.organisation())).endsWith("StaffInvited", "InvitationWithdrawn", "StaffInvited",
                "InvitationAccepted");
    }

    @Test
    void badInvitationsAreRefusedWithTheirField() {
        Actor boss = newOrganisationWithAdmin();
        assertThatThrownBy(() -> staff.invite(boss, "  ", List.of("reviewer"))).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("login");
        assertThatThrownBy(() -> staff.invite(boss, "two words", List.of("reviewer")))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> staff.invite(boss, "x".repeat(201), List.of("reviewer")))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> staff.invite(boss, "someone-" + unique, List.of()))
                .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).field()).isEqualTo("roles");
        assertThatThrownBy(() -> staff.invite(boss, "someone-" + unique, List.of("owner")))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> staff.invite(boss, "editor", List.of("reviewer"))).isInstanceOf(Conflict.class)
                .extracting(e -> ((Conflict) e).code()).isEqualTo("already-staff");
        staff.invite(boss, "someone-" + unique, List.of("reviewer"));
        assertThatThrownBy(() -> staff.invite(boss, "SOMEONE-" + unique, List.of("reviewer")))
                .isInstanceOf(Conflict.class).extracting(e -> ((Conflict) e).code()).isEqualTo("already-invited");
    }

    @Test
    void anotherOrganisationsAdminAndNonAdminsCannotTouchTheStaff() {
        Actor boss = newOrganisationWithAdmin();
        long bossId = member(boss, boss.username()).id();
        Actor demoAdmin = new Actor("admin", "Ada", organisation("factdesk-demo"), Set.of(StaffRole.ADMIN));
        assertThatThrownBy(() -> staff.remove(demoAdmin, bossId)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> staff.changeRoles(demoAdmin, bossId, List.of("admin")))
                .isInstanceOf(NotFound.class);
        Actor editor = new Actor("ed", "Ed", boss.organisation(), Set.of(StaffRole.EDITOR));
        assertThatThrownBy(() -> staff.list(editor)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> staff.invite(editor, "x-" + unique, List.of("admin")))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void organisationsNeedAFreeWellFormedSlug() {
        PlatformAdmin platform = new PlatformAdmin("platform");
        assertThatThrownBy(() -> organisations.create(platform, "Dup", "factdesk-demo", null))
                .isInstanceOf(Conflict.class).extracting(e -> ((Conflict) e).code()).isEqualTo("slug-taken");
        assertThatThrownBy(() -> organisations.create(platform, "Bad", "Not A Slug", null))
                .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).field()).isEqualTo("slug");
        assertThatThrownBy(() -> organisations.create(platform, " ", "fine-" + unique, null))
                .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).field()).isEqualTo("name");
        assertThat(organisations.list(platform)).extracting(OrganisationSummary::slug)
                .contains("factdesk-demo", "northern-checks");
    }
}
