package io.factdesk.verification.publishing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factdesk.core.claim.ClaimantKind;
import io.factdesk.core.common.WebUrl;
import io.factdesk.core.rating.RatingStep;
import io.factdesk.core.verdict.PublishedAppearance;
import io.factdesk.core.verdict.PublishedEvidence;
import io.factdesk.verification.common.SafeMarkdown;
import io.factdesk.verification.claimreview.ClaimReviewMapper;
import io.factdesk.verification.claimreview.ReviewedVerdict;
import io.factdesk.verification.language.LanguageNames;
import io.factdesk.verification.publishing.PublishedVerdicts.PublicVerdict;
import io.factdesk.verification.publishing.RevisionHistory.Published;
import io.factdesk.verification.publishing.VerdictPage.AppearanceView;
import io.factdesk.verification.publishing.VerdictPage.CorrectionView;
import io.factdesk.verification.publishing.VerdictPage.EvidenceView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The public verdict page's read model: one SQL statement reads a published revision's approved snapshot with
 * everything around it (the rating scale, the revision history, the corrections, the approvers' public names) as
 * columns and small JSON aggregates, and maps them straight into a {@link VerdictPage} and the values of its
 * ClaimReview. No entity is loaded: a verdict read for the first time costs one round trip and no object graph,
 * and only {@code verdict_revision} rows, never the claim's live (draft) rows, are read.
 */
@ApplicationScoped
class VerdictPageReader {

    /** Timestamps inside JSON aggregates, written in UTC so that they parse as instants whatever the session zone. */
    private static final String UTC = "to_char(%s at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";

    private static final String EXTRA = """
            , v.imported_from, r.explanation, r.approvers, o.url, r.published_at, r.claimant_kind, r.claim_language,
              v.current_revision, r.evidence::text, r.appearances::text,
              (select json_agg(json_build_object('code', s.code, 'label', s.label, 'numericValue', s.numeric_value,
                      'colour', s.colour, 'description', s.description, 'translations', s.translations,
                      'descriptionTranslations', s.description_translations)
                      order by s.position, s.id)
                 from rating s where s.organisation_id = v.organisation_id)::text,
              (select json_agg(json_build_object('revision', p.revision, 'ratingCode', p.rating_code,
                      'headline', p.headline, 'publishedAt', %s) order by p.revision)
                 from verdict_revision p where p.verdict_id = v.id)::text,
              (select json_agg(json_build_object('revision', c.revision, 'note', c.note, 'correctedAt', %s)
                      order by c.revision, c.id)
                 from correction c where c.verdict_id = v.id)::text,
              (select json_object_agg(m.username, m.display_name) from organisation_member m
                where m.organisation_id = v.organisation_id and strpos(r.approvers, m.username) > 0)::text,
              r.explanation_html
            """.formatted(UTC.formatted("p.published_at"), UTC.formatted("c.corrected_at"));

    /** The verdicts linked to this one as translations, either way (the page's language links). */
    private static final String TRANSLATIONS = """
            , (select json_agg(json_build_object('slug', o.slug, 'language', t.claim_language,
                       'headline', t.headline) order by t.claim_language, o.id)
                 from verdict o join verdict_revision t on t.verdict_id = o.id and t.revision = o.current_revision
                where o.translation_of = v.id or v.translation_of = o.id)::text
            """;

    private static final String CURRENT = PublishedVerdicts.SELECT + EXTRA + TRANSLATIONS + PublishedVerdicts.FROM
            + " where v.slug = :slug";
    private static final String REVISION = PublishedVerdicts.SELECT + EXTRA + PublishedVerdicts.FROM_REVISION
            + " where v.slug = :slug";

    private static final TypeReference<List<PublishedEvidence>> EVIDENCE = new TypeReference<>() {
    };
    private static final TypeReference<List<PublishedAppearance>> APPEARANCES = new TypeReference<>() {
    };
    private static final TypeReference<List<RatingStep>> SCALE = new TypeReference<>() {
    };
    private static final TypeReference<List<Published>> REVISIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<CorrectionView>> CORRECTIONS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> NAMES = new TypeReference<>() {
    };
    private static final TypeReference<List<Linked>> LINKED = new TypeReference<>() {
    };

    /** A translation as the statement reads it; the language's own name is added in Java. */
    record Linked(String slug, String language, String headline) {
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    ClaimReviewMapper claimReviews;

    /** The verdict's current revision and its translations, with its ClaimReview when asked for. */
    Optional<PublicVerdict> current(String slug, boolean withClaimReview) {
        return read(em.createNativeQuery(CURRENT).setParameter("slug", slug), withClaimReview);
    }

    /** One published revision (no ClaimReview: only the current revision is described to search engines). */
    Optional<VerdictPage> revision(String slug, int revision) {
        return read(em.createNativeQuery(REVISION).setParameter("slug", slug).setParameter("revision", revision),
                false).map(PublicVerdict::page);
    }

    private Optional<PublicVerdict> read(Query query, boolean withClaimReview) {
        List<?> rows = query.getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] c = (Object[]) rows.get(0);
        VerdictSummary summary = PublishedVerdicts.summary(c);
        String approvers = (String) c[20];
        List<PublishedEvidence> evidence = parse((String) c[26], EVIDENCE, List.of());
        List<PublishedAppearance> appearances = parse((String) c[27], APPEARANCES, List.of());
        List<RatingStep> scale = parse((String) c[28], SCALE, List.of());
        List<Published> revisions = parse((String) c[29], REVISIONS, List.of());
        List<CorrectionView> corrections = parse((String) c[30], CORRECTIONS, List.of());
        Map<String, String> names = parse((String) c[31], NAMES, Map.of());

        Optional<RatingStep> rating = scale.stream().filter(r -> r.code().equals(summary.ratingCode())).findFirst();
        Integer best = scale.stream().map(RatingStep::numericValue).filter(Objects::nonNull).max(Integer::compare)
                .orElse(null);
        Integer worst = scale.stream().map(RatingStep::numericValue).filter(Objects::nonNull).min(Integer::compare)
                .orElse(null);
        Map<Integer, String> notes = new LinkedHashMap<>();
        corrections.forEach(correction -> notes.putIfAbsent(correction.revision(), correction.note()));
        VerdictPage page = new VerdictPage(
                summary,
                (String) c[18],
                (String) c[19],
                explanationHtml((String) c[32], (String) c[19]),
                ApproverNames.of(approvers, names),
                rating.map(RatingStep::numericValue).orElse(null),
                best,
                worst,
                rating.map(r -> r.descriptionIn(summary.language())).orElse(""),
                WebUrl.linkOrNull((String) c[21]),
                appearances.stream().map(VerdictPageReader::appearance).toList(),
                evidence.stream().map(VerdictPageReader::evidence).toList(),
                RevisionHistory.of(revisions, notes, scale),
                corrections);
        List<Translation> translations = c.length > 33
                ? parse((String) c[33], LINKED, List.<Linked>of()).stream().map(t -> new Translation(t.slug(),
                        t.language(), LanguageNames.of(t.language()), t.headline())).toList()
                : List.of();
        if (!withClaimReview) {
            return Optional.of(new PublicVerdict(page, null, translations));
        }
        ReviewedVerdict reviewed = new ReviewedVerdict(summary.slug(), summary.firstPublishedAt(),
                ((Number) c[25]).intValue(), (String) c[18], summary.organisationName(), (String) c[21],
                summary.claimText(), PublishedVerdicts.instant(c[22]), summary.ratingCode(), (String) c[24],
                summary.claimant(), c[23] == null ? null : ClaimantKind.valueOf((String) c[23]), summary.claimedOn(),
                appearances, scale);
        return Optional.of(new PublicVerdict(page, claimReviews.map(reviewed), translations));
    }

    /**
     * The explanation as the publisher rendered and sanitised it; rendered here only for a revision published
     * before V33 that the start-up backfill has not reached yet.
     */
    private static String explanationHtml(String stored, String markdown) {
        return stored != null ? stored : SafeMarkdown.toHtml(markdown);
    }

    private <T> T parse(String value, TypeReference<T> type, T none) {
        if (value == null) {
            return none;
        }
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable published snapshot", e);
        }
    }

    private static AppearanceView appearance(PublishedAppearance a) {
        return new AppearanceView(WebUrl.linkOrNull(a.url()), a.quote(), a.outlet(), a.appearedOn(), a.articleTitle());
    }

    private static EvidenceView evidence(PublishedEvidence e) {
        return new EvidenceView(WebUrl.linkOrNull(e.url()), e.citation(), e.title(), e.publisher(), e.accessedOn(),
                e.stance(), e.note());
    }
}
