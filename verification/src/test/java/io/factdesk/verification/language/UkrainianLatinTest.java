package io.factdesk.verification.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UkrainianLatinTest {

    /** The examples printed in the official table itself, and the names the seed articles spell several ways. */
    @ParameterizedTest
    @CsvSource({
        "Алушта, Alushta", "Згорани, Zghorany", "Розгон, Rozghon", "Єнакієве, Yenakiieve", "Гаєвич, Haievych",
        "Їжакевич, Yizhakevych", "Кадиївка, Kadyivka", "Йосипівка, Yosypivka", "Стрий, Stryi", "Юрій, Yurii",
        "Корюківка, Koriukivka", "Яготин, Yahotyn", "Костянтин, Kostiantyn", "Знам'янка, Znamianka",
        "Феодосія, Feodosiia", "Щербухи, Shcherbukhy", "Гоща, Hoshcha", "Галаган, Halahan", "Ґалаґан, Galagan",
        "Харків, Kharkiv", "Цюрупинськ, Tsiurupynsk", "Чернігів, Chernihiv", "Шостка, Shostka",
        "Зеленський, Zelenskyi", "Свириденко, Svyrydenko", "Юлія, Yuliia", "Володимир, Volodymyr",
        "Київ, Kyiv", "Україна, Ukraina"
    })
    void followsTheOfficialTable(String cyrillic, String latin) {
        assertThat(UkrainianLatin.transliterate(cyrillic)).isEqualTo(latin);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Президент Володимир Зеленський заявив.|Prezydent Volodymyr Zelenskyi zaiavyv.",
        "НАТО і ЄС|NATO i YES",
        "Reuters повідомляє|Reuters povidomliaie",
        "Зеленскій|Zelenskii",
        "м’ясо та п'ять|miaso ta piat"
    })
    void keepsEverythingElseAndTheCaseOfWords(String text, String latin) {
        assertThat(UkrainianLatin.transliterate(text)).isEqualTo(latin);
    }
}
