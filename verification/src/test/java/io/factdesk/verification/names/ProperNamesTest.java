package io.factdesk.verification.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.verification.SeedArticles;
import io.factdesk.verification.checkworthiness.FeatureExtractor;
import io.factdesk.verification.checkworthiness.SentenceFeatures;
import io.factdesk.verification.ingestion.NlpModels;
import io.factdesk.verification.ingestion.Segmenter;
import io.factdesk.verification.ingestion.TextNormaliser;
import io.factdesk.verification.ingestion.TextUnit;
import org.junit.jupiter.api.Test;

/** Names as the check-worthiness reasons quote them: people apart from places, outlets, bodies and dates. */
class ProperNamesTest {

    private static final FeatureExtractor FEATURES = new FeatureExtractor(NlpModels.english());

    private static SentenceFeatures read(String sentence) {
        return FEATURES.extract(sentence, false);
    }

    @Test
    void newsAgenciesAndCitiesAreNamesButNotPeople() {
        SentenceFeatures f = read("Speaking to Reuters in Frankfurt, ECB President Christine Lagarde said inflation "
                + "was near target.");

        assertThat(f.people()).containsExactly("Christine Lagarde");
        assertThat(f.names()).contains("Reuters", "Frankfurt", "ECB", "Christine Lagarde");
    }

    @Test
    void titlesBeforeBodiesAndPlacesDoNotMakePeople() {
        assertThat(read("General Motors said it would cut 2,000 jobs.").people()).isEmpty();
        assertThat(read("General Motors said it would cut 2,000 jobs.").names()).containsExactly("General Motors");
        assertThat(read("Reuters chief Paris correspondent Jane Doe contributed.").people()).isEmpty();
        assertThat(read("The Prime Minister's Office in London declined to comment.").names())
                .containsExactly("London");
    }

    @Test
    void rolesBetweenTitleAndNameAreSkipped() {
        assertThat(read("Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov in Riyadh.")
                .people()).containsExactly("Marco Rubio", "Sergei Lavrov");
        assertThat(read("Chief Executive Jane Fraser said profits rose.").people()).containsExactly("Jane Fraser");
        assertThat(read("Kremlin spokesman Dmitry Peskov told reporters in Moscow that Putin was ready.").people())
                .containsExactly("Dmitry Peskov");
    }

    @Test
    void weekdaysMonthsAndOccasionsAreNotNames() {
        SentenceFeatures holiday = read("Trump, speaking on Independence Day, said the war must end.");
        SentenceFeatures monday = read("Monday's meeting in Berlin was attended by German Chancellor Friedrich Merz.");

        assertThat(holiday.names()).doesNotContain("Day", "Independence", "Independence Day");
        assertThat(monday.names()).containsExactly("Berlin", "Friedrich Merz");
        assertThat(monday.people()).containsExactly("Friedrich Merz");
    }

    @Test
    void capitalisedSentenceStartsAreNamesOnlyWhenTheyNameSomeone() {
        assertThat(read("Focus on drone technology sharing and peace negotiations with Russia.").names())
                .containsExactly("Russia");
        assertThat(read("Markets fell sharply on Monday.").names()).isEmpty();
        assertThat(read("Sources close to the bank said the board would meet again.").names()).isEmpty();
        assertThat(read("Trump told Reuters on Friday that he would meet Zelenskiy in Washington.").names())
                .containsExactly("Trump", "Reuters", "Zelenskiy", "Washington");
    }

    @Test
    void titleCaseLinesKeepOnlyNamesTheListsKnow() {
        assertThat(read("Story Overview").names()).isEmpty();
        assertThat(read("US Army and Ukraine’s Strategic Engagement").names()).containsExactly("US Army", "Ukraine");
    }

    @Test
    void seedSentencesNameNoPlaceOutletBodyOrDateAsAPerson() {
        Segmenter segmenter = new Segmenter(NlpModels.english());
        int people = 0;
        for (String file : SeedArticles.FILES) {
            for (TextUnit unit : segmenter.segment(TextNormaliser.normalise(SeedArticles.read(file)))) {
                SentenceFeatures f = FEATURES.extract(unit.text(), unit.insideQuotation());
                people += f.people().size();
                assertThat(f.people()).as(unit.text())
                        .allSatisfy(p -> assertThat(Gazetteer.kindOf(p)).isEqualTo(NameKind.OTHER));
                assertThat(f.names()).as(unit.text())
                        .noneMatch(Gazetteer::isCalendarWord)
                        .noneMatch(Gazetteer::isCommonWord)
                        .doesNotContain("Head", "States", "Story Overview");
            }
        }
        assertThat(people).as("titled people found in the seeds").isGreaterThan(10);
    }

    @Test
    void seedSentencesQuoteTheirNamesCleanly() {
        assertThat(read("Additionally, the Ukrainian head of state extended congratulations to President Trump and "
                + "the American people on Independence Day.").people()).containsExactly("Trump");
        assertThat(read("A recent meeting between Zelensky and the Head of the Pentagon saw the latter wearing a tie "
                + "adorned with the Russian tricolor.").names()).containsExactly("Zelensky", "Pentagon");
        assertThat(read("In a development that has sent ripples through both Washington and Kyiv, the United States "
                + "is reportedly on the verge of a landmark agreement with Ukraine.").names())
                .containsExactly("Washington", "Kyiv", "United States", "Ukraine");
    }
}
