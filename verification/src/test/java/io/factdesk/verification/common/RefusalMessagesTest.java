package io.factdesk.verification.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.text.MessageFormat;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.workflow.EvidenceShortfall;
import io.factdesk.verification.workflow.Refusal;
import io.factdesk.verification.workflow.RefusalReason;
import io.factdesk.verification.workflow.Transition;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * The refusal words of both channels: every refusal of the workflow has a text in English and in Ukrainian that
 * takes exactly its arguments, Ukrainian plurals follow the CLDR rules, and unknown keys fall back to nothing.
 */
class RefusalMessagesTest {

    private static final Locale UK = Locale.forLanguageTag("uk");

    private static Refused refusal(RefusalReason reason) {
        Refusal refusal = reason == RefusalReason.MINIMUM_EVIDENCE
                ? Refusal.shortOf(new EvidenceShortfall(2, 2, 1, 1)) : Refusal.of(reason);
        return refusal.toException(Transition.SUBMIT_REVIEW);
    }

    @Test
    void everyWorkflowRefusalHasATextTakingItsArgumentsInEveryLanguage() {
        for (RefusalReason reason : RefusalReason.values()) {
            Refused refused = refusal(reason);
            for (Locale locale : List.of(Locale.ENGLISH, UK)) {
                ResourceBundle texts = ResourceBundle.getBundle(RefusalMessages.BUNDLE, locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                assertThat(texts.containsKey(refused.messageKey())).as(reason + " " + locale).isTrue();
                assertThat(new MessageFormat(texts.getString(refused.messageKey())).getArgumentNames())
                        .as(reason + " " + locale).hasSize(refused.arguments().size());
            }
            assertThat(RefusalMessages.of(refused, UK).orElseThrow()).as(reason.name())
                    .isNotEqualTo(RefusalMessages.of(refused, Locale.ENGLISH).orElseThrow());
        }
    }

    @Test
    void theWorkflowsEnglishIsTheBundlesEnglish() {
        for (RefusalReason reason : RefusalReason.values()) {
            Refusal refusal = reason == RefusalReason.MINIMUM_EVIDENCE
                    ? Refusal.shortOf(new EvidenceShortfall(3, 2, 1, 1)) : Refusal.of(reason);
            assertThat(refusal.englishMessage()).as(reason.name()).isEqualTo(
                    RefusalMessages.message(reason.messageKey(), refusal.arguments(), Locale.ENGLISH).orElseThrow());
        }
        Refused shortOf = Refusal.shortOf(new EvidenceShortfall(3, 2, 1, 1)).toException(Transition.SUBMIT_REVIEW);
        assertThat(shortOf.getMessage()).isEqualTo("More evidence is needed before the review can be submitted: it "
                + "needs at least 3 pieces of evidence from 2 different publishers; the claim has 1 piece from "
                + "1 publisher.");
        assertThat(RefusalMessages.of(shortOf, Locale.ENGLISH)).hasValue(shortOf.getMessage());
        assertThat(Refusal.of(RefusalReason.STALE_VERSION).englishMessage())
                .isEqualTo(new StaleVersion(null, "claim", null).getMessage());
        assertThat(new StaleVersion("organisation", 3).getMessage())
                .isEqualTo(RefusalMessages.message("stale_organisation", List.of(), Locale.ENGLISH).orElseThrow());
    }

    @Test
    void textsAreFormattedWithTheLanguagesPluralRules() {
        assertThat(RefusalMessages.message("rule_minimum_evidence", List.of(1, 1, 0, 0), Locale.ENGLISH))
                .hasValue("More evidence is needed before the review can be submitted: it needs at least 1 piece of "
                        + "evidence from 1 publisher; the claim has none from no publisher.");
        assertThat(RefusalMessages.message("rule_minimum_evidence", List.of(3, 2, 1, 1), Locale.ENGLISH).orElseThrow())
                .contains("at least 3 pieces of evidence from 2 different publishers; the claim has 1 piece from "
                        + "1 publisher.");
        assertThat(RefusalMessages.message("rule_minimum_evidence", List.of(2, 2, 1, 1), UK).orElseThrow())
                .contains("щонайменше 2 докази від 2 різних видавців");
        assertThat(RefusalMessages.message("rule_minimum_evidence", List.of(5, 1, 1, 1), UK).orElseThrow())
                .contains("щонайменше 5 доказів від 1 видавця");
        assertThat(RefusalMessages.message("rule_minimum_evidence", List.of(21, 3, 0, 0), UK).orElseThrow())
                .contains("щонайменше 21 доказ від 3 різних видавців");
        assertThat(RefusalMessages.message("needs_role", List.of("editor"), UK))
                .hasValue("Для цього потрібна роль редактора.");
        Actor reviewer = new Actor("rita", null, new Organisation(), EnumSet.of(StaffRole.REVIEWER));
        assertThatThrownBy(() -> NotPermitted.unlessHas(reviewer, StaffRole.EDITOR))
                .hasMessage("This needs the editor role.");
    }

    @Test
    void whatARuleAddsAboutTheCaseComesInTheRequestsLanguageToo() {
        Refused wrongState = Refusal.because(RefusalReason.WRONG_STATE, "detail_claim_is", "rated")
                .toException(Transition.SUBMIT_REVIEW);
        assertThat(wrongState.getMessage())
                .isEqualTo("This action is not possible in the claim's current state. The claim is rated.");
        assertThat(RefusalMessages.of(wrongState, Locale.ENGLISH)).hasValue(wrongState.getMessage());
        assertThat(RefusalMessages.of(wrongState, UK)).hasValue(
                "Ця дія неможлива в поточному стані твердження. Стан твердження: «Опубліковано».");

        Refused notATypo = Refusal.because(RefusalReason.NOT_A_TYPO, "detail_too_many_changes", 123, 40)
                .toException(Transition.CORRECT);
        assertThat(notATypo.getMessage()).endsWith("123 characters change; at most 40 may.");
        assertThat(RefusalMessages.of(notATypo, UK).orElseThrow()).endsWith("Змінено 123 символи; можна не більше 40.");

        Refused unknown = Refusal.because(RefusalReason.UNKNOWN_RATING, "detail_not_on_scale", "mostly-ok")
                .toException(Transition.SUBMIT_REVIEW);
        assertThat(unknown.getMessage()).endsWith("\"mostly-ok\" is not one of them.");
        assertThat(RefusalMessages.of(unknown, UK).orElseThrow()).endsWith("«mostly-ok» серед них немає.");

        Refused wrongRole = Refusal.because(RefusalReason.WRONG_ROLE, "needs_role", "editor")
                .toException(Transition.APPROVE);
        assertThat(wrongRole.getMessage()).isEqualTo("Your role does not allow this action. This needs the editor role.");
        assertThat(RefusalMessages.of(wrongRole, UK))
                .hasValue("Ваша роль не дозволяє цієї дії. Для цього потрібна роль редактора.");

        Refused ownCorrection = Refusal.worded(RefusalReason.FOUR_EYES, "rule_four_eyes_correction")
                .toException(Transition.APPROVE_CORRECTION);
        assertThat(ownCorrection.code()).isEqualTo("four-eyes");
        assertThat(RefusalMessages.of(ownCorrection, UK))
                .hasValue("Ви запропонували це виправлення; його має схвалити інший редактор.");
    }

    @Test
    void everyTextFormatsWholeInEveryLanguageKeepingItsApostrophes() {
        for (Locale locale : List.of(Locale.ENGLISH, UK)) {
            ResourceBundle texts = ResourceBundle.getBundle(RefusalMessages.BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String key : RefusalMessages.keys()) {
                String pattern = texts.getString(key);
                List<Integer> arguments = java.util.Collections.nCopies(
                        new MessageFormat(pattern).getArgumentNames().size(), 2);
                String text = RefusalMessages.message(key, arguments, locale).orElseThrow();
                assertThat(text).as(key + " " + locale).isNotBlank().doesNotContain("{").doesNotContain("}");
                assertThat(text.chars().filter(c -> c == '\'').count()).as(key + " " + locale + " apostrophes")
                        .isEqualTo(pattern.chars().filter(c -> c == '\'').count());
            }
        }
        assertThat(RefusalMessages.of(Conflict.of("same-tip"), UK)).hasValue("Підказку не можна об'єднати із самою собою чи з одним з її "
                + "дублікатів.");
    }

    @Test
    void anUnsupportedLanguageGetsEnglishAndAnUnknownKeyNothing() {
        assertThat(RefusalMessages.message("not_found", List.of(), Locale.GERMAN))
                .hasValue("There is nothing here, or it is not yours to see.");
        assertThat(RefusalMessages.message("conflict_no_such_rule", List.of(), UK)).isEmpty();
        assertThat(RefusalMessages.keys()).contains("not_found", "rule_four_eyes", "conflict_same_verdict");
    }

    @Test
    void aServiceThatNamesOnlyTheKeyMustHaveATextForIt() {
        assertThatThrownBy(() -> Conflict.of("no-such-rule")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InvalidInput.of("text", "no_such_reason"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusalsThatNameAnIdOrALoginReadInEitherLanguage() {
        Conflict promoted = Conflict.of("already-promoted", "1234");
        assertThat(promoted.getMessage()).isEqualTo("This sentence is already claim 1234.");
        assertThat(RefusalMessages.of(promoted, UK)).hasValue("Це речення вже є твердженням 1234.");

        Conflict lastAdmin = Conflict.of("last-admin", "olena@example.org");
        assertThat(lastAdmin.getMessage())
                .isEqualTo("olena@example.org is the organisation's last admin: make someone else an admin first.");
        assertThat(RefusalMessages.of(lastAdmin, UK)).hasValue("olena@example.org — останній адміністратор "
                + "організації: спершу зробіть адміністратором когось іншого.");

        Conflict sameLanguage = Conflict.of("same-language", "uk");
        assertThat(sameLanguage.getMessage())
                .isEqualTo("Both verdicts are in the same language (uk); a translation is in another one.");
        assertThat(RefusalMessages.of(sameLanguage, UK))
                .hasValue("Обидва вердикти однією мовою (uk); переклад має бути іншою.");
    }

    @Test
    void fieldMessagesTakeTheirLimitsWithTheLanguagesPlurals() {
        InvalidInput tooLong = InvalidInput.of("text", "too_long", 2000);
        assertThat(tooLong.field()).isEqualTo("text");
        assertThat(tooLong.getMessage()).isEqualTo("must be at most 2000 characters");
        assertThat(RefusalMessages.of(tooLong, UK)).hasValue("має містити не більше 2\u00a0000 символів");
        assertThat(RefusalMessages.of(InvalidInput.of("tag", "too_long", 1), UK))
                .hasValue("має містити не більше 1 символу");
        assertThat(RefusalMessages.of(InvalidInput.of("content", "too_many_rows", 22, 5000), UK))
                .hasValue("містить 22 рядки; за один імпорт — не більше 5000");
        assertThat(RefusalMessages.of(InvalidInput.of("content", "too_many_rows", 25, 5000), Locale.ENGLISH))
                .hasValue("holds 25 rows; at most 5000 per import");
    }
}
