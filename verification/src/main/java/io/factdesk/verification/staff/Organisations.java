package io.factdesk.verification.staff;

import com.google.re2j.Pattern;
import io.factdesk.core.audit.OrganisationEvent;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.organisation.OrganisationMember;
import io.factdesk.core.organisation.StaffInvitation;
import io.factdesk.core.rating.DefaultRatingScale;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.common.Conflict;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.common.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * The platform administrator's view of all organisations: list them and create one with the default rating
 * scale, optionally inviting its first admin. The new organisation's audit trail starts with its creation.
 */
@ApplicationScoped
public class Organisations {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

    @Transactional
    public List<OrganisationSummary> list(PlatformAdmin admin) {
        Objects.requireNonNull(admin, "admin");
        List<Organisation> all = Organisation.list("order by lower(name), id");
        return all.stream().map(org -> new OrganisationSummary(org.id, org.slug, org.name,
                OrganisationMember.count("organisation", org), StaffInvitation.count("organisation", org),
                org.createdAt)).toList();
    }

    /** Creates an organisation; {@code firstAdmin} (a login name or e-mail address) is invited as its admin. */
    @Transactional
    public OrganisationSummary create(PlatformAdmin admin, String name, String slug, String firstAdmin) {
        Objects.requireNonNull(admin, "admin");
        String cleanName = Texts.required("name", name, 200);
        String cleanSlug = Texts.required("slug", slug, 64);
        if (!SLUG.matches(cleanSlug)) {
            throw InvalidInput.of("slug", "slug");
        }
        String invitee = Texts.optional("firstAdmin", firstAdmin, 200);
        if (Organisation.findBySlug(cleanSlug).isPresent()) {
            throw Conflict.of("slug-taken", cleanSlug);
        }
        if (invitee != null && (StaffInvitation.findByLogin(invitee).isPresent()
                || OrganisationMember.findByUsername(invitee).isPresent())) {
            throw Conflict.of("already-staff", invitee);
        }
        Organisation organisation = new Organisation();
        organisation.slug = cleanSlug;
        organisation.name = cleanName;
        organisation.persist();
        DefaultRatingScale.seed(organisation);
        OrganisationEvent.record(organisation, "OrganisationCreated", admin.username(), cleanName);
        long invitations = 0;
        if (invitee != null) {
            StaffInvitation invitation = StaffInvitation.create(organisation, invitee,
                    EnumSet.of(StaffRole.REVIEWER, StaffRole.EDITOR, StaffRole.ADMIN), admin.username());
            OrganisationEvent.record(organisation, "StaffInvited", admin.username(),
                    invitation.login + " as " + invitation.roles);
            invitations = 1;
        }
        return new OrganisationSummary(organisation.id, organisation.slug, organisation.name, 0, invitations,
                organisation.createdAt);
    }
}
