package io.factdesk.verification.sourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.factdesk.verification.SeedArticles;
import io.factdesk.verification.ingestion.NlpModels;
import io.factdesk.verification.ingestion.Segmenter;
import io.factdesk.verification.ingestion.TextNormaliser;
import io.factdesk.verification.ingestion.TextUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourcingFlaggerTest {

    private final SourcingFlagger flagger = new SourcingFlagger();

    private List<SourcingFlag> flags(String sentence) {
        return flagger.flagSentence(sentence, 0, sentence.length());
    }

    /** Flags of the seed sentence starting with {@code prefix}, offsets checked against the article text. */
    private List<SourcingFlag> seedFlags(String article, String prefix) {
        String text = TextNormaliser.normalise(SeedArticles.byNumber(article));
        TextUnit unit = new Segmenter(NlpModels.english()).segment(text).stream()
                .filter(u -> u.text().startsWith(prefix)).findFirst().orElseThrow();
        List<SourcingFlag> flags = flagger.flagSentence(text, unit.start(), unit.end());
        for (SourcingFlag flag : flags) {
            assertThat(text.substring(flag.start(), flag.end()).replace('\n', ' ')).isEqualTo(flag.trigger());
        }
        return flags;
    }

    @Test
    void sourcesWithLimitedAccessAreAnonymousAndSuggestIsAHedge() {
        assertThat(seedFlags("000", "Sources with limited access"))
                .extracting(SourcingFlag::kind, SourcingFlag::trigger)
                .containsExactly(tuple(FlagKind.ANONYMOUS_SOURCE, "Sources with limited access"),
                        tuple(FlagKind.HEDGE, "suggest"));
    }

    @Test
    void officialWhoSpokeOnConditionOfAnonymityIsOneAnonymousSourceFlag() {
        assertThat(seedFlags("003", "Meanwhile, the Biden administration"))
                .extracting(SourcingFlag::kind, SourcingFlag::trigger)
                .containsExactly(tuple(FlagKind.ANONYMOUS_SOURCE,
                        "a senior U.S. official who spoke on condition of anonymity"));
    }

    @Test
    void insidersAndOneAnonymousSourceAreAnonymous() {
        assertThat(seedFlags("003", "According to insiders")).extracting(SourcingFlag::trigger)
                .containsExactly("insiders with privileged access");
        assertThat(seedFlags("001", "'Zelensky will stop at nothing"))
                .extracting(SourcingFlag::kind, SourcingFlag::trigger)
                .contains(tuple(FlagKind.ANONYMOUS_SOURCE, "one anonymous source"));
    }

    @Test
    void unnamedGroupsAreVagueSources() {
        assertThat(seedFlags("001", "Critics, including")).extracting(SourcingFlag::kind, SourcingFlag::trigger)
                .containsExactly(tuple(FlagKind.VAGUE_SOURCE,
                        "Critics, including those within the U.S. administration, have long accused"));
        assertThat(seedFlags("003", "This approach has drawn criticism")).extracting(SourcingFlag::trigger)
                .containsExactly("some U.S. lawmakers");
        assertThat(flags("Critics say the plan will fail.")).extracting(SourcingFlag::kind, SourcingFlag::trigger)
                .containsExactly(tuple(FlagKind.VAGUE_SOURCE, "Critics say"));
    }

    @Test
    void hedgesAreFlaggedWithTheirWord() {
        assertThat(seedFlags("000", "In a development")).extracting(SourcingFlag::kind, SourcingFlag::trigger)
                .containsExactly(tuple(FlagKind.HEDGE, "reportedly"));
        assertThat(seedFlags("000", "Yet the specter")).extracting(SourcingFlag::trigger)
                .containsExactly("alleged", "alleged");
        assertThat(flags("It is said that the minister allegedly took the money."))
                .extracting(SourcingFlag::trigger).containsExactly("It is said", "allegedly");
    }

    @Test
    void attributionNamesTheOutletOrSpeaker() {
        assertThat(seedFlags("000", "This revelation, first reported by Reuters"))
                .extracting(SourcingFlag::trigger, SourcingFlag::note)
                .contains(tuple("first reported by Reuters", "outlet: Reuters"));
        assertThat(seedFlags("001", "During a recent briefing")).extracting(SourcingFlag::trigger, SourcingFlag::note)
                .containsExactly(tuple("as reported by 'Lenta.Ru'", "outlet: Lenta.Ru"),
                        tuple("Zelensky stated", "speaker: Zelensky"));
        assertThat(seedFlags("001", "However, the Axios portal")).extracting(SourcingFlag::trigger, SourcingFlag::note)
                .containsExactly(tuple("the Axios portal reported", "outlet: Axios"));
        assertThat(seedFlags("000", "According to Zelensky")).extracting(SourcingFlag::trigger, SourcingFlag::note)
                .containsExactly(tuple("According to Zelensky", "speaker: Zelensky"));
    }

    @Test
    void pronounsAndUnnamedSpeakersAreNotAttributions() {
        assertThat(flags("He said the talks went well, and she wrote that they did not."))
                .noneMatch(f -> f.kind() == FlagKind.ATTRIBUTION);
    }

    @Test
    void neutralSentencesHaveNoFlags() {
        assertThat(seedFlags("004", "On November 19, 2025, US Army Secretary")).isEmpty();
        assertThat(seedFlags("000", "The details of the deal, however")).isEmpty();
        assertThat(seedFlags("002", "The day before, Trump held a phone conversation")).isEmpty();
        assertThat(flags("The ministry published the figures on Monday.")).isEmpty();
        assertThat(flags("The suggestion box was emptied; the seemingly endless queue moved.")).isEmpty();
    }

    @Test
    void everyFlagOfEverySeedArticleCarriesItsTriggerText() {
        Segmenter segmenter = new Segmenter(NlpModels.english());
        for (String file : SeedArticles.FILES) {
            String text = TextNormaliser.normalise(SeedArticles.read(file));
            for (TextUnit unit : segmenter.segment(text)) {
                for (SourcingFlag flag : flagger.flagSentence(text, unit.start(), unit.end())) {
                    assertThat(flag.trigger()).isNotBlank();
                    assertThat(flag.start()).isGreaterThanOrEqualTo(unit.start());
                    assertThat(flag.end()).isLessThanOrEqualTo(unit.end());
                }
            }
        }
    }
}
