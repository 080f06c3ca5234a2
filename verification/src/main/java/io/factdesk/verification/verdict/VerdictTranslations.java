package io.factdesk.verification.verdict;

import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.core.verdict.Verdict;
import io.factdesk.verification.common.Conflict;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.common.NotPermitted;
import io.factdesk.verification.language.LanguageNames;
import io.factdesk.verification.publishing.Translation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Verdicts that check the same claim in two languages: an editor links a verdict as the translation of another
 * of the organisation's verdicts, and readers of either page can switch to the other. The link is stored on the
 * translation ({@code verdict.translation_of}, V30) and read both ways; both pages change (their caches too).
 */
@ApplicationScoped
public class VerdictTranslations {

    /** A verdict the desk offers to link to: its id, slug, language (code and own name) and headline. */
    public record Candidate(long id, String slug, String language, String languageName, String headline) {
    }

    /** Longest verdict reference (an id, a slug or a public address) looked up; longer ones are refused first. */
    public static final int MAX_REFERENCE = 500;

    @Inject
    EntityManager em;

    /**
     * Links {@code translationId} as the translation of {@code originalId}. Editor role; both verdicts belong to
     * the actor's organisation (else {@link NotFound}); their claims are in different languages and the original
     * is not itself a translation (else {@link Conflict}).
     */
    @Transactional
    public void link(Actor actor, long translationId, long originalId) {
        NotPermitted.unlessHas(actor, StaffRole.EDITOR);
        Verdict translation = find(actor, translationId);
        Verdict original = find(actor, originalId);
        if (translation.id.equals(original.id)) {
            throw Conflict.of("same-verdict");
        }
        if (original.translationOf != null) {
            throw Conflict.of("original-is-a-translation", String.valueOf(original.id));
        }
        if (language(translation).equals(language(original))) {
            throw Conflict.of("same-language", language(original));
        }
        translation.translationOf = original.id;
        touch(translation, original);
    }

    /** Removes the verdict's link to the verdict it translates, if any. Editor role. */
    @Transactional
    public void unlink(Actor actor, long translationId) {
        NotPermitted.unlessHas(actor, StaffRole.EDITOR);
        Verdict translation = find(actor, translationId);
        if (translation.translationOf != null) {
            Verdict original = Verdict.findById(translation.translationOf);
            translation.translationOf = null;
            touch(translation, original);
        }
    }

    /**
     * Removes the link between two verdicts of the organisation, whichever of them is the translation; nothing
     * when they are not linked. Editor role; {@link NotFound} for verdicts of other organisations.
     */
    @Transactional
    public void unlinkPair(Actor actor, long verdictId, long otherId) {
        NotPermitted.unlessHas(actor, StaffRole.EDITOR);
        Verdict verdict = find(actor, verdictId);
        Verdict other = find(actor, otherId);
        if (other.id.equals(verdict.translationOf)) {
            unlink(actor, verdict.id);
        } else if (verdict.id.equals(other.translationOf)) {
            unlink(actor, other.id);
        }
    }

    /**
     * The organisation's published verdicts that {@code verdictId} can be linked to as their translation: in
     * another language, not themselves translations, not already linked to it; the most recently published first.
     * Editor role.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Candidate> candidates(Actor actor, long verdictId, int limit) {
        NotPermitted.unlessHas(actor, StaffRole.EDITOR);
        Verdict verdict = find(actor, verdictId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select o.id, o.slug, r.claim_language, r.headline
                from verdict v
                join verdict_revision vr on vr.verdict_id = v.id and vr.revision = v.current_revision
                join verdict o on o.organisation_id = v.organisation_id and o.id <> v.id and o.translation_of is null
                join verdict_revision r on r.verdict_id = o.id and r.revision = o.current_revision
                where v.id = :id and r.claim_language <> vr.claim_language
                  and (v.translation_of is null or v.translation_of <> o.id)
                order by o.first_published_at desc nulls last, o.id desc
                limit :limit""").setParameter("id", verdict.id).setParameter("limit", limit).getResultList();
        return rows.stream().map(row -> new Candidate(((Number) row[0]).longValue(), (String) row[1],
                (String) row[2], LanguageNames.of((String) row[2]), (String) row[3])).toList();
    }

    /**
     * The id of the organisation's verdict a person named: its id ("42"), its slug, or its public address
     * ({@code https://…/verdicts/<slug>}). {@link InvalidInput} for a blank or overlong reference, {@link NotFound}
     * when no verdict of the organisation answers to it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long resolve(Actor actor, String reference) {
        if (reference == null || reference.isBlank() || reference.length() > MAX_REFERENCE) {
            throw InvalidInput.of("verdict", "verdict_reference", MAX_REFERENCE);
        }
        String name = lastSegment(reference.strip());
        if (!name.isEmpty() && name.length() <= 18 && name.chars().allMatch(c -> c >= '0' && c <= '9')) {
            Long id = Long.valueOf(name);
            if (Verdict.<Verdict>findByIdOptional(id)
                    .filter(v -> v.organisation.id.equals(actor.organisation().id)).isPresent()) {
                return id;
            }
        }
        return Verdict.findBySlug(name).filter(v -> v.organisation.id.equals(actor.organisation().id))
                .map(v -> v.id).orElseThrow(() -> new NotFound("verdict", name));
    }

    /** "https://site/verdicts/a-slug?x#y" → "a-slug"; a bare id or slug stays as it is. */
    private static String lastSegment(String reference) {
        String path = reference;
        int end = path.length();
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '?' || path.charAt(i) == '#') {
                end = i;
                break;
            }
        }
        path = path.substring(0, end);
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * The verdicts linked to this one either way, by language; public. The verdict page reads the same list with
     * its own statement ({@code PublishedVerdicts.withClaimReview}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Translation> of(String slug) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select o.slug, r.claim_language, r.headline
                from verdict v
                join verdict o on o.translation_of = v.id or v.translation_of = o.id
                join verdict_revision r on r.verdict_id = o.id and r.revision = o.current_revision
                where v.slug = :slug
                order by r.claim_language, o.id""").setParameter("slug", slug).getResultList();
        return rows.stream().map(row -> new Translation((String) row[0], (String) row[1], LanguageNames.of((String) row[1]),
                (String) row[2])).toList();
    }

    private static Verdict find(Actor actor, long verdictId) {
        return Verdict.<Verdict>findByIdOptional(verdictId)
                .filter(v -> v.organisation.id.equals(actor.organisation().id))
                .orElseThrow(() -> new NotFound("verdict", verdictId));
    }

    private static String language(Verdict verdict) {
        return verdict.current().claimLanguage;
    }

    private static void touch(Verdict... verdicts) {
        Instant now = Instant.now();
        for (Verdict verdict : verdicts) {
            if (verdict != null) {
                verdict.updatedAt = now;
            }
        }
    }
}
