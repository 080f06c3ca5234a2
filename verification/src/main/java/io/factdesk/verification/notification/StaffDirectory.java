package io.factdesk.verification.notification;

import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.organisation.OrganisationMember;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffProfile;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.common.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * Who works at the desk, as seen at their last login: the address e-mails go to (the ID token's {@code email}
 * claim), the roles the token carried (so editors can be asked to approve) and their e-mail preference.
 */
@ApplicationScoped
public class StaffDirectory {

    /** A staff member's own settings as the preferences page shows them. */
    public record Preferences(String email, boolean emailNotifications) {
    }

    /**
     * Remembers a login. Someone of no organisation (neither in the token nor in the membership table) is not
     * staff and is not recorded.
     *
     * @param organisationSlug the token's organisation claim, or null
     * @param email the token's email claim, or null; an unusable value is not stored
     */
    @Transactional
    public void recordLogin(String username, String organisationSlug, Collection<String> roleNames, String email) {
        if (username == null || username.isBlank() || username.length() > 200) {
            return;
        }
        Optional<Organisation> organisation = Optional.ofNullable(Texts.clean(organisationSlug))
                .flatMap(Organisation::findBySlug)
                .or(() -> OrganisationMember.findByUsername(username).map(m -> m.organisation));
        if (organisation.isEmpty()) {
            return;
        }
        StaffProfile profile = StaffProfile.findByUsername(username).orElseGet(StaffProfile::new);
        profile.username = username;
        profile.organisation = organisation.get();
        profile.email = usable(email);
        profile.roles = roles(roleNames);
        profile.lastLoginAt = Instant.now();
        profile.persist();
    }

    @Transactional
    public Preferences preferences(Actor actor) {
        return StaffProfile.findByUsername(actor.username())
                .map(p -> new Preferences(p.email, p.emailNotifications))
                .orElse(new Preferences(null, true));
    }

    /** Turns the actor's own e-mail notifications on or off (in-app notifications always stay on). */
    @Transactional
    public void setEmailNotifications(Actor actor, boolean on) {
        StaffProfile profile = StaffProfile.findByUsername(actor.username()).orElseGet(() -> {
            StaffProfile created = new StaffProfile();
            created.username = actor.username();
            created.organisation = Organisation.findById(actor.organisation().id);
            created.roles = roles(actor.roles().stream().map(StaffRole::tokenName).toList());
            return created;
        });
        profile.emailNotifications = on;
        profile.persist();
    }

    private static String roles(Collection<String> names) {
        TreeSet<String> known = new TreeSet<>();
        if (names != null) {
            names.forEach(name -> StaffRole.fromTokenName(name).ifPresent(role -> known.add(role.tokenName())));
        }
        StringJoiner joined = new StringJoiner(",");
        known.forEach(joined::add);
        return joined.toString();
    }

    /** An address as the token gave it, if it looks like one and fits; never a pattern over an unbounded value. */
    public static String usable(String email) {
        String value = Texts.clean(email);
        if (value == null || value.length() > 300) {
            return null;
        }
        int at = value.indexOf('@');
        boolean plain = value.chars().noneMatch(c -> Character.isWhitespace(c) || c < 0x20);
        return at > 0 && at == value.lastIndexOf('@') && at < value.length() - 3 && plain ? value : null;
    }
}
