package io.factdesk.verification.verdict;

import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.core.verdict.Verdict;
import io.factdesk.verification.common.Conflict;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.common.NotPermitted;
import io.factdesk.verification.language.LanguageNames;
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

    /**
     * A verdict in another language.
     *
     * @param language     ISO 639-1 code of its claim's language
     * @param languageName the language's name in that language ("українська", "English")
     */
    public record Translation(String slug, String language, String languageName, String headline) {
    }

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
            throw new Conflict("same-verdict", "A verdict cannot be its own translation.");
        }
        if (original.translationOf != null) {
            throw new Conflict("original-is-a-translation",
                    "Verdict " + original.id + " is itself a translation; link to the verdict it translates.");
        }
        if (language(translation).equals(language(original))) {
            throw new Conflict("same-language", "Both verdicts are in the same language (" + language(original)
                    + "); a translation is in another one.");
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

    /** The verdicts linked to this one either way, by language; public. */
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
