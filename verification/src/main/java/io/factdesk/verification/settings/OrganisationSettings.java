package io.factdesk.verification.settings;

import com.google.re2j.Pattern;
import io.factdesk.core.audit.OrganisationEvent;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.rating.Rating;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.common.Conflict;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.common.NotPermitted;
import io.factdesk.verification.common.StaleVersion;
import io.factdesk.verification.common.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actor's organisation's rating scale, review policies and public profile. Every staff member may read them
 * (reviewers propose ratings from the scale); only admins change them. Policy and profile changes take the
 * organisation's version for optimistic locking.
 */
@ApplicationScoped
public class OrganisationSettings {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    /** The rating scale in display order. */
    @Transactional
    public List<Rating> scale(Actor actor) {
        return Rating.scaleOf(actor.organisation());
    }

    /**
     * Replaces the whole scale: entries are matched by code (kept, changed or added) and the list order becomes the
     * display order. A code still used by a review or a verdict cannot be removed ({@code rating-in-use}).
     */
    @Transactional
    public List<Rating> replaceScale(Actor actor, List<RatingEntry> entries) {
        NotPermitted.unlessHas(actor, StaffRole.ADMIN);
        Organisation organisation = organisation(actor);
        if (entries == null || entries.isEmpty()) {
            throw InvalidInput.of("entries", "scale_empty");
        }
        if (entries.size() > 30) {
            throw InvalidInput.of("entries", "scale_too_long", 30);
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            validate(i, entries.get(i), codes);
        }
        Map<String, Rating> existing = new HashMap<>();
        Rating.scaleOf(organisation).forEach(rating -> existing.put(rating.code, rating));
        for (Rating old : existing.values()) {
            if (!codes.contains(old.code)) {
                if (inUse(organisation, old.code)) {
                    throw Conflict.of("rating-in-use", old.code);
                }
                old.delete();
            }
        }
        int position = 0;
        for (RatingEntry entry : entries) {
            Rating rating = existing.get(entry.code());
            if (rating == null) {
                rating = new Rating();
                rating.organisation = organisation;
                rating.code = entry.code();
            }
            rating.label = entry.label().strip();
            rating.numericValue = entry.value();
            rating.colour = entry.colour().toLowerCase();
            rating.description = entry.description() == null ? "" : entry.description().strip();
            rating.translations = entry.translations() == null ? new HashMap<>() : new HashMap<>(entry.translations());
            rating.descriptionTranslations = entry.descriptionTranslations() == null ? new HashMap<>()
                    : new HashMap<>(entry.descriptionTranslations());
            rating.position = position++;
            rating.persist();
        }
        Rating.flush();
        OrganisationEvent.record(organisation, "RatingScaleChanged", actor.username(),
                "codes: " + String.join(", ", entries.stream().map(RatingEntry::code).toList()));
        return Rating.scaleOf(organisation);
    }

    /** The current review policies. */
    @Transactional
    public Policies policies(Actor actor) {
        Organisation o = organisation(actor);
        return new Policies(o.approvalsRequired, o.panelSize, o.minEvidence, o.minDistinctPublishers);
    }

    /** Changes the review policies (admin). Returns the organisation's new version. */
    @Transactional
    public long changePolicies(Actor actor, Policies policies, Long expectedVersion) {
        NotPermitted.unlessHas(actor, StaffRole.ADMIN);
        Organisation organisation = lockable(actor, expectedVersion);
        if (policies == null) {
            throw InvalidInput.of("approvalsRequired", "missing");
        }
        if (policies.approvalsRequired() > 10 || policies.panelSize() > 20 || policies.minEvidence() > 50
                || policies.minDistinctPublishers() > 50) {
            throw InvalidInput.of("approvalsRequired", "policy_limits");
        }
        try {
            organisation.changePolicies(policies.approvalsRequired(), policies.panelSize(), policies.minEvidence(),
                    policies.minDistinctPublishers());
        } catch (IllegalArgumentException refused) {
            boolean approvals = policies.panelSize() < policies.approvalsRequired() || policies.approvalsRequired() < 1;
            throw approvals ? InvalidInput.of("approvalsRequired", "approvals_panel")
                    : InvalidInput.of("minDistinctPublishers", "publishers_evidence");
        }
        OrganisationEvent.record(organisation, "PoliciesChanged", actor.username(), "approvals required "
                + policies.approvalsRequired() + " of a panel of " + policies.panelSize() + ", minimum evidence "
                + policies.minEvidence() + " from " + policies.minDistinctPublishers() + " publishers");
        Organisation.flush();
        return organisation.version;
    }

    /** The organisation's public profile and methodology text. */
    @Transactional
    public Profile profile(Actor actor) {
        Organisation o = organisation(actor);
        return new Profile(o.name, o.url, o.description, o.methodology, o.defaultLanguage);
    }

    /** Changes the public profile and methodology text (admin). Returns the organisation's new version. */
    @Transactional
    public long changeProfile(Actor actor, Profile profile, Long expectedVersion) {
        NotPermitted.unlessHas(actor, StaffRole.ADMIN);
        Organisation organisation = lockable(actor, expectedVersion);
        if (profile == null) {
            throw InvalidInput.of("name", "blank");
        }
        organisation.name = Texts.required("name", profile.name(), 200);
        organisation.url = Texts.optionalUrl("url", profile.url());
        organisation.description = Texts.optional("description", profile.description(), 5000);
        organisation.methodology = Texts.optional("methodology", profile.methodology(), 100_000);
        if (profile.defaultLanguage() != null) {
            if (!Profile.LANGUAGES.contains(profile.defaultLanguage())) {
                throw InvalidInput.of("defaultLanguage", "one_of",
                        String.join(", ", new java.util.TreeSet<>(Profile.LANGUAGES)));
            }
            organisation.defaultLanguage = profile.defaultLanguage();
        }
        OrganisationEvent.record(organisation, "ProfileChanged", actor.username(),
                "name: " + organisation.name + "; url: " + organisation.url
                        + "; default language: " + organisation.defaultLanguage);
        Organisation.flush();
        return organisation.version;
    }

    /** The organisation's current version (for ETags of policies and profile). */
    @Transactional
    public long version(Actor actor) {
        return organisation(actor).version;
    }

    private static Organisation organisation(Actor actor) {
        return Organisation.findById(actor.organisation().id);
    }

    private static Organisation lockable(Actor actor, Long expectedVersion) {
        Organisation organisation = organisation(actor);
        if (expectedVersion != null && expectedVersion != organisation.version) {
            throw new StaleVersion("organisation", organisation.version);
        }
        return organisation;
    }

    private static void validate(int index, RatingEntry entry, Set<String> codes) {
        String prefix = "entries[" + index + "].";
        if (entry == null) {
            throw InvalidInput.of("entries[" + index + "]", "missing");
        }
        if (entry.code() == null || !CODE.matcher(entry.code()).matches()) {
            throw InvalidInput.of(prefix + "code", "rating_code");
        }
        if (!codes.add(entry.code())) {
            throw InvalidInput.of(prefix + "code", "twice");
        }
        Texts.required(prefix + "label", entry.label(), 100);
        Texts.optional(prefix + "description", entry.description(), 5000);
        if (entry.colour() == null || !COLOUR.matcher(entry.colour()).matches()) {
            throw InvalidInput.of(prefix + "colour", "colour");
        }
        if (entry.value() != null && (entry.value() < -1000 || entry.value() > 1000)) {
            throw InvalidInput.of(prefix + "value", "rating_value");
        }
        validateTranslations(prefix + "translations", entry.translations(), 100);
        validateTranslations(prefix + "descriptionTranslations", entry.descriptionTranslations(), 5000);
    }

    private static void validateTranslations(String field, Map<String, String> texts, int max) {
        if (texts != null) {
            texts.forEach((language, text) -> {
                if (language == null || !Texts.isLanguageTag(language)) {
                    throw InvalidInput.of(field, "language_keys");
                }
                Texts.required(field + "." + language, text, max);
            });
        }
    }

    private static boolean inUse(Organisation organisation, String code) {
        return Rating.getEntityManager().createQuery("""
                select count(r) from Review r where r.claim.organisation = :org and r.proposedRating = :code""",
                Long.class).setParameter("org", organisation).setParameter("code", code).getSingleResult() > 0
                || Rating.getEntityManager().createQuery("""
                        select count(v) from VerdictRevision v where v.verdict.organisation = :org and v.ratingCode = :code""",
                        Long.class).setParameter("org", organisation).setParameter("code", code).getSingleResult() > 0;
    }
}
