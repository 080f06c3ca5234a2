package io.factdesk.verification.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.verification.SeedArticles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Зеленський нібито обговорював угоду з Трампом телефоном ще в липні.|uk",
        "США і Україна погодили рамкову угоду|uk",
        "Зеленский якобы обсуждал сделку с Трампом по телефону ещё в июле.|ru",
        "The United States is reportedly on the verge of a landmark agreement with Ukraine.|en",
        "Die Vereinigten Staaten stehen angeblich kurz vor einem Abkommen mit der Ukraine über Drohnen.|de",
        "Les États-Unis seraient sur le point de conclure un accord historique avec l'Ukraine.|fr",
        // Short claims the n-gram model ranks as Waray first; the most probable language with a two-letter code
        "Zelensky banned the Ukrainian Orthodox Church.|en",
        "Volodymyr Zelensky bought a villa in Italy.|en",
        "Olena Zelenska spent 1.1 million dollars at Cartier in New York.|en"
    })
    void tellsTheLanguageOfASentence(String text, String language) {
        assertThat(detector.detect(text)).isEqualTo(language);
    }

    @Test
    void tellsUkrainianFromRussianInAShortHeadlineByItsLetters() {
        assertThat(detector.detect("Київ")).isEqualTo("uk");
        assertThat(detector.detect("Объявление")).isEqualTo("ru");
    }

    @Test
    void saysUndeterminedWhenThereIsNothingToRead() {
        assertThat(detector.detect("")).isEqualTo("und");
        assertThat(detector.detect("2025 — 50 %")).isEqualTo("und");
    }

    @Test
    void readsTheSeedArticlesAsEnglishAndTheUkrainianDemoArticleAsUkrainian() throws IOException {
        for (String file : SeedArticles.FILES) {
            assertThat(detector.detect(SeedArticles.read(file))).as(file).isEqualTo("en");
        }
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("demo/articles/uk/100_ukrainian_drone_deal.txt")) {
            assertThat(detector.detect(new String(in.readAllBytes(), StandardCharsets.UTF_8))).isEqualTo("uk");
        }
    }

    @Test
    void readsOnlyTheStartOfALongText() {
        String english = "The minister said the deal was agreed at the highest level. ".repeat(100);
        String ukrainian = "Міністр заявив, що угоду погодили на найвищому рівні. ".repeat(1_000);
        assertThat(english.length()).isGreaterThan(LanguageDetector.SAMPLE_CHARS);
        assertThat(detector.detect(english + ukrainian)).isEqualTo("en");
    }
}
