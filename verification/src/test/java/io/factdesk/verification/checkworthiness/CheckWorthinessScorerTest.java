package io.factdesk.verification.checkworthiness;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.verification.ingestion.NlpModels;
import io.factdesk.verification.ingestion.TextUnit;
import io.factdesk.verification.ingestion.UnitKind;
import io.factdesk.verification.sourcing.SourcingFlagger;
import org.junit.jupiter.api.Test;

class CheckWorthinessScorerTest {

    private final CheckWorthinessScorer scorer = new CheckWorthinessScorer(new FeatureExtractor(NlpModels.english()));
    private final SourcingFlagger flagger = new SourcingFlagger();

    private CheckWorthiness score(String sentence) {
        return score(sentence, UnitKind.SENTENCE);
    }

    private CheckWorthiness score(String sentence, UnitKind kind) {
        TextUnit unit = new TextUnit(kind, sentence, 0, sentence.length(), false);
        return scorer.score(unit, flagger.flagSentence(sentence, 0, sentence.length()));
    }

    @Test
    void personAndDateMakeACheckWorthySentence() {
        CheckWorthiness worth = score("On November 19, 2025, US Army Secretary Daniel Driscoll arrived in Kyiv.");

        assertThat(worth.score()).isGreaterThanOrEqualTo(CheckWorthinessScorer.THRESHOLD);
        assertThat(worth.reasons()).anySatisfy(r -> assertThat(r).startsWith("names a person and a date:")
                .contains("Daniel Driscoll").contains("November"));
        assertThat(worth.reasons()).anySatisfy(r -> assertThat(r).startsWith("reports something done: arrived"));
    }

    @Test
    void numbersOutletsAndQuotesAreReasons() {
        CheckWorthiness worth = score("The meeting lasted over two and a half hours, the Axios portal reported, "
                + "calling the talks 'difficult and very long'.");

        assertThat(worth.reasons()).contains("attributed to an outlet: Axios", "quotes someone");
        assertThat(worth.reasons()).anySatisfy(r -> assertThat(r).startsWith("contains a number: two"));
    }

    @Test
    void comparativesAreNamed() {
        assertThat(score("The USA has a larger industry, and Ukrainian drones are the best today.").reasons())
                .anySatisfy(r -> assertThat(r).startsWith("comparative/superlative:").contains("larger")
                        .contains("best"));
    }

    @Test
    void speculationScoresBelowTheSameFactStatedPlainly() {
        double fact = score("Ukraine sold 300 drones to the United States in July.").score();
        double speculation = score("Ukraine could potentially sell drones to the United States one day.").score();

        assertThat(speculation).isLessThan(fact);
        assertThat(score("Ukraine could potentially sell drones to the United States one day.").reasons())
                .anySatisfy(r -> assertThat(r).startsWith("opinion/speculation:").contains("could"));
    }

    @Test
    void questionsAndShortUnitsAreNotCheckWorthy() {
        CheckWorthiness question = score("Whether this deal will serve both nations remains to be seen.");
        CheckWorthiness heading = score("Story Overview", UnitKind.HEADING);

        assertThat(question.score()).isLessThan(CheckWorthinessScorer.THRESHOLD);
        assertThat(question.reasons()).contains("rhetorical / question");
        assertThat(heading.score()).isLessThan(CheckWorthinessScorer.THRESHOLD);
        assertThat(heading.reasons()).contains("too short", "heading");
    }

    @Test
    void scoresAreDeterministicAndWithinRange() {
        String sentence = "This was Trump's fourth phone call with Putin, having spoken twice already in June.";

        CheckWorthiness first = score(sentence);
        CheckWorthiness second = score(sentence);

        assertThat(first).isEqualTo(second);
        assertThat(first.score()).isBetween(0.0, 1.0);
    }
}
