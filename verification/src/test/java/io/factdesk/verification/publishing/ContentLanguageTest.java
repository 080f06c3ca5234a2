package io.factdesk.verification.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.verdict.Verdict;
import io.factdesk.verification.claim.ClaimDraft;
import io.factdesk.verification.claim.ClaimEdit;
import io.factdesk.verification.claim.ClaimService;
import io.factdesk.verification.common.Conflict;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.verdict.VerdictTranslations;
import io.factdesk.verification.workflow.Desk;
import io.factdesk.verification.workflow.ReviewDraft;
import io.factdesk.verification.workflow.ReviewWorkflow;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Content in the language it was written in: a claim's language detected on create and editable, the rating
 * label and public search in that language, public words across scripts and word forms, and linked translations.
 */
@QuarkusTest
class ContentLanguageTest {

    @Inject
    Desk desk;

    @Inject
    ClaimService claims;

    @Inject
    ReviewWorkflow workflow;

    @Inject
    PublishedVerdicts verdicts;

    @Inject
    VerdictTranslations translations;

    @Inject
    SearchTermsBackfill backfill;

    /** A word no other test uses (letters only), so the searches below see this test's verdicts only. */
    private final String word = "zq" + UUID.randomUUID().toString().replace("-", "").replaceAll("[0-9]", "x")
            .substring(0, 10);

    private long publish(Organisation organisation, Actor reviewer, Actor editor, String text, String language) {
        long id = claims.create(reviewer, new ClaimDraft(text, "Jane Doe", null, language, null, null)).id;
        workflow.take(reviewer, id, null);
        desk.addEvidence(reviewer, id, "Reuters");
        desk.addEvidence(reviewer, id, "Associated Press");
        workflow.submitReview(reviewer, id, new ReviewDraft("Audits found no such purchase.", "mostly-false",
                "No, it was not", null), null);
        workflow.approve(editor, id, null);
        return verdictOf(id);
    }

    @Transactional
    long verdictOf(long claimId) {
        return Verdict.<Verdict>find("claim.id", claimId).firstResult().id;
    }

    private List<Long> found(String text, String language) {
        return verdicts.search(new VerdictSearch(text, null, null, null, null, null, 1, 20, language)).items()
                .stream().map(VerdictSummary::verdictId).toList();
    }

    @Test
    void aClaimTakesTheLanguageItIsWrittenInAndAnEditorMayCorrectIt() {
        Organisation organisation = desk.organisation(1, 1);
        Actor reviewer = desk.reviewer(organisation, "raj");
        long ukrainian = claims.create(reviewer, new ClaimDraft("Зеленський купив віллу в Італії за гроші допомоги.",
                null, null, null, null, null)).id;
        long english = claims.create(reviewer, new ClaimDraft("Zelensky bought a villa in Italy with aid money.",
                null, null, null, null, null)).id;
        assertThat(desk.reload(ukrainian).language).isEqualTo("uk");
        assertThat(desk.reload(english).language).isEqualTo("en");

        claims.update(reviewer, ukrainian, new ClaimEdit("Зеленський купив віллу в Італії.", null, null, null,
                null, "ru"), null);
        assertThat(desk.reload(ukrainian).language).isEqualTo("ru");
        claims.update(reviewer, ukrainian, new ClaimEdit("Зеленський купив віллу.", null, null, null), null);
        assertThat(desk.reload(ukrainian).language).as("an edit without a language keeps it").isEqualTo("ru");
    }

    @Test
    void publicSearchReadsUkrainianWordFormsAndNamesInEitherScriptAndFiltersByLanguage() {
        Organisation organisation = desk.organisation(1, 1);
        Actor reviewer = desk.reviewer(organisation, "raj");
        Actor editor = desk.editor(organisation, "emma");
        long english = publish(organisation, reviewer, editor, "Zelenskyy bought a " + word + " villa in Italy.", "en");
        long ukrainian = publish(organisation, reviewer, editor,
                "Свириденко підписала угоду про дрони " + word + " зі США.", "uk");

        assertThat(found("Зеленський " + word, null)).as("a Cyrillic name finds the Latin spelling")
                .containsExactly(english);
        assertThat(found("Zelenskiy " + word, null)).as("another Latin spelling").containsExactly(english);
        assertThat(found("Svyridenko " + word, null)).containsExactly(ukrainian);
        assertThat(found("дронів " + word, null)).as("another form of «дрони»").containsExactly(ukrainian);
        assertThat(found("угоди Свириденко " + word, null)).containsExactly(ukrainian);
        assertThat(found(word, "uk")).containsExactly(ukrainian);
        assertThat(found(word, "en")).containsExactly(english);

        VerdictSummary summary = verdicts.search(new VerdictSearch(word, null, null, null, null, null, 1, 20, "uk"))
                .items().get(0);
        assertThat(summary.language()).isEqualTo("uk");
        assertThat(summary.ratingLabel()).as("the default scale's Ukrainian label").isEqualTo("Переважно неправда");
        assertThat(verdicts.filterChoices().languages()).extracting(FilterChoices.Choice::label)
                .contains("English", "Українська");
    }

    @Test
    void aRevisionPublishedBeforeTheTermsExistedGetsThemAtStart() {
        Organisation organisation = desk.organisation(1, 1);
        long english = publish(organisation, desk.reviewer(organisation, "raj"), desk.editor(organisation, "emma"),
                "Zelenskyy bought a " + word + " villa in Italy.", "en");
        forgetTerms(english);
        assertThat(found("Зеленський " + word, null)).isEmpty();

        String table = "verdict_revision";
        for (long last = backfill.fillBatch(table, 0); last > 0; last = backfill.fillBatch(table, last)) {
            // as at start
        }

        assertThat(found("Зеленський " + word, null)).containsExactly(english);
    }

    @Transactional
    void forgetTerms(long verdictId) {
        Verdict.getEntityManager().createNativeQuery("update verdict_revision set search_terms = null "
                + "where verdict_id = :id").setParameter("id", verdictId).executeUpdate();
    }

    @Test
    void aVerdictLinkedAsATranslationIsOfferedOnBothPages() {
        Organisation organisation = desk.organisation(1, 1);
        Actor reviewer = desk.reviewer(organisation, "raj");
        Actor editor = desk.editor(organisation, "emma");
        long english = publish(organisation, reviewer, editor, "Zelenskyy bought a " + word + " villa in Italy.", "en");
        long ukrainian = publish(organisation, reviewer, editor, "Зеленський купив віллу " + word + " в Італії.", "uk");
        long another = publish(organisation, reviewer, editor, "Zelensky owns a " + word + " yacht.", "en");

        assertThatThrownBy(() -> translations.link(editor, another, english)).isInstanceOf(Conflict.class)
                .hasMessageContaining("same language");
        assertThatThrownBy(() -> translations.link(reviewer, ukrainian, english))
                .hasMessageContaining("editor");
        Organisation other = desk.organisation(1, 1);
        assertThatThrownBy(() -> translations.link(desk.editor(other, "oli"), ukrainian, english))
                .isInstanceOf(NotFound.class);

        translations.link(editor, ukrainian, english);
        assertThat(translations.of(slugOf(english))).extracting(Translation::language,
                Translation::languageName).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("uk", "Українська"));
        assertThat(translations.of(slugOf(ukrainian))).extracting(Translation::slug)
                .containsExactly(slugOf(english));
        // The verdict page reads the same links with its own statement.
        assertThat(verdicts.withClaimReview(slugOf(english)).orElseThrow().translations())
                .isEqualTo(translations.of(slugOf(english)));
        assertThat(verdicts.withClaimReview(slugOf(ukrainian)).orElseThrow().translations())
                .isEqualTo(translations.of(slugOf(ukrainian)));
        assertThatThrownBy(() -> translations.link(editor, another, ukrainian)).isInstanceOf(Conflict.class)
                .hasMessageContaining("itself a translation");

        translations.unlink(editor, ukrainian);
        assertThat(translations.of(slugOf(english))).isEmpty();
        assertThat(verdicts.withClaimReview(slugOf(english)).orElseThrow().translations()).isEmpty();
    }

    @Transactional
    String slugOf(long verdictId) {
        return Verdict.<Verdict>findById(verdictId).slug;
    }
}
