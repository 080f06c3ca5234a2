package io.factdesk.verification.sourcing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Ukrainian sentences in the style of news reports, each with the flag a reviewer should see and its trigger. */
class UkrainianSourcingFlagsTest {

    private final SourcingFlagger flagger = new SourcingFlagger();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Про це повідомило джерело, знайоме з перебігом переговорів.|ANONYMOUS_SOURCE|джерело, знайоме з перебігом переговорів",
        "Співрозмовник, обізнаний із ситуацією, підтвердив цю інформацію.|ANONYMOUS_SOURCE|Співрозмовник, обізнаний із ситуацією",
        "Посадовець говорив на умовах анонімності.|ANONYMOUS_SOURCE|на умовах анонімності",
        "Джерело, яке попросило не називати його імені, назвало суму.|ANONYMOUS_SOURCE|яке попросило не називати його імені",
        "Неназване джерело стверджує, що контракт уже готовий.|ANONYMOUS_SOURCE|Неназване джерело",
        "Джерела в уряді кажуть, що транш надійде до кінця року.|ANONYMOUS_SOURCE|Джерела в уряді",
        "Західні дипломати вважають угоду вигідною для обох сторін.|VAGUE_SOURCE|Західні дипломати",
        "Експерти вважають, що угода стане найбільшою в історії.|VAGUE_SOURCE|Експерти вважають",
        "Деякі депутати вже висловили сумніви.|VAGUE_SOURCE|Деякі депутати",
        "Один із західних дипломатів сказав, що деталі можуть змінитися.|VAGUE_SOURCE|Один із західних дипломатів",
        "ЗМІ повідомляють про нові домовленості.|VAGUE_SOURCE|ЗМІ повідомляють",
        "Зеленський нібито обговорював угоду з Трампом.|HEDGE|нібито",
        "За неофіційною інформацією, сторони вже погодили текст.|HEDGE|За неофіційною інформацією",
        "За непідтвердженими даними, загинули троє людей.|HEDGE|За непідтвердженими даними",
        "Джерела повідомляють, що підписання перенесли.|HEDGE|Джерела повідомляють",
        "Ці дані не вдалося незалежно перевірити.|HEDGE|не вдалося незалежно перевірити",
        "За словами Свириденко, рішення ухвалили президенти.|ATTRIBUTION|За словами Свириденко",
        "Як повідомляє Reuters, переговори тривають.|ATTRIBUTION|Як повідомляє Reuters",
        "Як повідомляє видання «Економічна правда», робоча група вже зібралася.|ATTRIBUTION|Як повідомляє видання «Економічна правда»",
        "За даними Міністерства оборони, торік виготовили 2,2 мільйона дронів.|ATTRIBUTION|За даними Міністерства оборони",
        "«Ми говоримо про спільне виробництво», — сказала Свириденко журналістам.|ATTRIBUTION|сказала Свириденко"
    })
    void flagsEachKindWithItsTriggerWords(String sentence, FlagKind kind, String trigger) {
        List<SourcingFlag> flags = flagger.flagSentence(sentence, 0, sentence.length());
        assertThat(flags).extracting(SourcingFlag::kind, SourcingFlag::trigger).contains(
                org.assertj.core.groups.Tuple.tuple(kind, trigger));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Торік Україна виготовила понад 2,2 мільйона дронів різних типів.",
        "Офіційного тексту угоди досі не оприлюднено.",
        "Наступний раунд переговорів запланований у Вашингтоні на вересень.",
        "За словами співрозмовника, сума може зрости.",
        "Міністр оборони провів нараду з виробниками.",
        "Дипломатія потребує часу.",
        "Засідання уряду відбудеться в четвер.",
        "Прем'єр-міністерка Юлія Свириденко відвідала завод у Києві."
    })
    void leavesPlainStatementsAndUnnamedAttributionsAlone(String sentence) {
        List<SourcingFlag> flags = flagger.flagSentence(sentence, 0, sentence.length());
        assertThat(flags).extracting(SourcingFlag::kind).doesNotContain(FlagKind.ATTRIBUTION, FlagKind.HEDGE,
                        FlagKind.ANONYMOUS_SOURCE, FlagKind.VAGUE_SOURCE);
    }

    @ParameterizedTest
    @CsvSource({"Зеленський, Zelensky", "Зеленський, Zelenskyy", "Зеленський, Zelenskiy", "Зеленскій, Zelensky",
        "Свириденко, Svyrydenko", "Свиріденко, Svyridenko", "Свириденко, Svyridenko", "Юлія, Yulia",
        "Володимир, Volodymyr"})
    void comparesNamesAcrossScripts(String cyrillic, String latin) {
        assertThat(NameSkeleton.variants(cyrillic, latin)).isTrue();
        assertThat(NameSkeleton.variants(latin, cyrillic)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"Зеленський, Zaluzhnyi", "Свириденко, Shmyhal", "Трамп, Putin"})
    void keepsDifferentPeopleApartAcrossScripts(String cyrillic, String latin) {
        assertThat(NameSkeleton.variants(cyrillic, latin)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Reuters reported that the deal was close.",
        "The minister reportedly agreed, a source familiar with the talks said."
    })
    void addsNothingToEnglishSentences(String sentence) {
        List<SourcingFlag> english = flagger.flagSentence(sentence, 0, sentence.length());
        assertThat(UkrainianPhrases.flag(sentence, 0, sentence.length())).isEmpty();
        assertThat(english).isNotEmpty();
    }
}
