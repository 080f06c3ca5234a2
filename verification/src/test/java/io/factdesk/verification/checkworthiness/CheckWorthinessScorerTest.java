package io.factdesk.verification.checkworthiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factdesk.verification.embedding.SentenceEmbeddings;
import io.factdesk.verification.ingestion.NlpModels;
import io.factdesk.verification.ingestion.TextUnit;
import io.factdesk.verification.ingestion.UnitKind;
import io.factdesk.verification.sourcing.SourcingFlagger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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

        assertThat(worth.reasons()).contains("attributed to a named person or outlet: Axios (outlet)");
        assertThat(worth.reasons()).anySatisfy(r -> assertThat(r).startsWith("contains a number: two"));
    }

    @Test
    void aReportedFactScoresAboveTalk() {
        CheckWorthiness fact = score("Ukraine's parliament approved the budget by 257 votes to 41 on Thursday.");
        CheckWorthiness talk = score("I think we should all be proud of what we can do together.");

        assertThat(fact.score()).isGreaterThanOrEqualTo(CheckWorthinessScorer.THRESHOLD);
        assertThat(talk.score()).isLessThan(CheckWorthinessScorer.THRESHOLD);
        // clearly talk to the first stage, so it is not embedded: its words are the reason
        assertThat(talk.reasons()).anySatisfy(r -> assertThat(r).startsWith(CheckWorthinessScorer.TALK_WORDS));
    }

    @Test
    void anUnnamedSourceIsNotANamedEntity() {
        CheckWorthiness worth = score("Sources close to the bank said the board would meet again on Thursday.");

        assertThat(worth.reasons()).noneMatch(r -> r.contains("Sources"));
    }

    @Test
    void reasonsFollowTheModelsWeightsRaisingFirst() {
        double[] cues = new double[Cue.values().length];
        cues[Cue.NUMBER.ordinal()] = 1.0;
        cues[Cue.QUESTION.ordinal()] = -2.0;
        cues[Cue.COMPARATIVE.ordinal()] = 0.01; // too small to be worth a reason
        CheckWorthinessScorer weighted = new CheckWorthinessScorer(new FeatureExtractor(NlpModels.english()),
                new CheckWorthinessModel(0, cues, new double[SentenceEmbeddings.DIMENSIONS]));
        String sentence = "Did Ukraine really sell 300 more drones than last year?";

        CheckWorthiness worth = weighted.score(new TextUnit(UnitKind.SENTENCE, sentence, 0, sentence.length(), false),
                flagger.flagSentence(sentence, 0, sentence.length()));

        assertThat(worth.reasons()).containsExactly("contains a number: 300", "rhetorical / question");
        assertThat(worth.score()).isEqualTo(0.271); // logistic(1 - 2 + 0.01): small parts count, unlisted
    }

    /** Embedding weights along the sentence's own direction: they add 2 × cosine, so 2 for the sentence itself. */
    private static double[] towards(String sentence) {
        float[] embedding = SentenceEmbeddings.embed(sentence);
        double[] weights = new double[embedding.length];
        for (int i = 0; i < embedding.length; i++) {
            weights[i] = 2 * embedding[i];
        }
        return weights;
    }

    @Test
    void theEmbeddingsPartIsAReasonOnlyWhenItLeansClearly() {
        String sentence = "The central bank raised its key rate to 5.5% on Thursday.";
        double[] towards = towards(sentence);
        double[] noCues = new double[Cue.values().length];
        TextUnit unit = new TextUnit(UnitKind.SENTENCE, sentence, 0, sentence.length(), false);
        FeatureExtractor extractor = new FeatureExtractor(NlpModels.english());

        CheckWorthiness claim = new CheckWorthinessScorer(extractor, new CheckWorthinessModel(0, noCues, towards))
                .score(unit, List.of());
        double[] away = Arrays.stream(towards).map(w -> -w).toArray();
        CheckWorthiness talk = new CheckWorthinessScorer(extractor, new CheckWorthinessModel(0, noCues, away))
                .score(unit, List.of());
        CheckWorthiness neutral = new CheckWorthinessScorer(extractor,
                new CheckWorthinessModel(0, noCues, new double[towards.length])).score(unit, List.of());

        assertThat(claim.reasons()).containsExactly(CheckWorthinessScorer.READS_LIKE_A_CLAIM);
        assertThat(talk.reasons()).containsExactly(CheckWorthinessScorer.READS_LIKE_TALK);
        assertThat(neutral.reasons()).isEmpty();
        assertThat(neutral.score()).isEqualTo(0.5);
    }

    @Test
    void theWordsPartQuotesTheTermsThatMovedTheScore() {
        String claim = "Unemployment fell 3 percent last year.";
        String talk = "I think we will do great things together.";
        double[] noCues = new double[Cue.values().length];
        double[] noEmbedding = new double[SentenceEmbeddings.DIMENSIONS];
        Map<String, Double> terms = Map.of("percent", 2.0, Terms.NUMBER, 1.0, "fell", 0.5, "i think", -3.0,
                "we will", -1.0, "together", 0.01);
        CheckWorthinessScorer scorer = new CheckWorthinessScorer(new FeatureExtractor(NlpModels.english()),
                new CheckWorthinessModel(0, noCues, noEmbedding, terms));

        CheckWorthiness raised = scorer.score(new TextUnit(UnitKind.SENTENCE, claim, 0, claim.length(), false),
                List.of());
        CheckWorthiness lowered = scorer.score(new TextUnit(UnitKind.SENTENCE, talk, 0, talk.length(), false),
                List.of());

        assertThat(raised.reasons()).containsExactly(CheckWorthinessScorer.CLAIM_WORDS + ": “percent”, “#”, “fell”");
        assertThat(lowered.reasons()).containsExactly(CheckWorthinessScorer.TALK_WORDS + ": “i think”, “we will”");
        // 13 distinct terms (6 words, 7 bigrams with the boundaries): each counts 1/sqrt(13)
        double expected = 1 / (1 + Math.exp(-(3.5 / Math.sqrt(13))));
        assertThat(raised.score()).isEqualTo(Math.round(expected * 1000) / 1000.0);
    }

    @Test
    void theCascadeEmbedsOnlySentencesNearTheThreshold() {
        String clear = "Unemployment fell 3 percent last year.";
        String unclear = "The central bank met on Thursday.";
        double[] noCues = new double[Cue.values().length];
        double[] towards = towards(unclear);
        // the first stage knows "percent" only: the clear sentence is far above the threshold, the other on it
        CheckWorthinessModel first = new CheckWorthinessModel(0, noCues, new double[towards.length],
                Map.of("percent", 30.0)).withBand(1);
        CheckWorthinessModel full = new CheckWorthinessModel(0, noCues, towards);
        CheckWorthinessScorer cascade = new CheckWorthinessScorer(new FeatureExtractor(NlpModels.english()), first,
                full);

        List<CheckWorthiness> worth = cascade.scoreAll(List.of(
                new TextUnit(UnitKind.SENTENCE, clear, 0, clear.length(), false),
                new TextUnit(UnitKind.SENTENCE, unclear, 0, unclear.length(), false)), List.of(List.of(), List.of()));

        assertThat(worth.get(0).reasons()).as("scored by the first stage: not embedded")
                .containsExactly(CheckWorthinessScorer.CLAIM_WORDS + ": “percent”");
        assertThat(worth.get(0).score()).isEqualTo(1.0); // logistic(30 / sqrt(13))
        assertThat(worth.get(1).reasons()).as("within the band: embedded, scored by the full model")
                .containsExactly(CheckWorthinessScorer.READS_LIKE_A_CLAIM);
        assertThat(worth.get(1).score()).isEqualTo(Math.round(1000 / (1 + Math.exp(-2))) / 1000.0);
        assertThat(cascade.score(new TextUnit(UnitKind.SENTENCE, unclear, 0, unclear.length(), false), List.of()))
                .isEqualTo(worth.get(1));
    }

    @Test
    void theEmbeddingsReasonStandsBesideTheCueReasons() {
        String sentence = "The central bank raised its key rate to 5.5% on Thursday.";
        double[] cues = new double[Cue.values().length];
        cues[Cue.NUMBER.ordinal()] = 1.0;
        CheckWorthinessScorer scorer = new CheckWorthinessScorer(new FeatureExtractor(NlpModels.english()),
                new CheckWorthinessModel(0, cues, towards(sentence)));

        CheckWorthiness worth = scorer.score(new TextUnit(UnitKind.SENTENCE, sentence, 0, sentence.length(), false),
                List.of());

        // the embedding (+2) outweighs the number (+1) but does not hide it
        assertThat(worth.reasons()).hasSize(2);
        assertThat(worth.reasons().get(0)).isEqualTo(CheckWorthinessScorer.READS_LIKE_A_CLAIM);
        assertThat(worth.reasons().get(1)).startsWith("contains a number: 5.5");
    }

    @Test
    void aFirstStageNeedsABand() {
        CheckWorthinessModel model = new CheckWorthinessModel(0, new double[Cue.values().length],
                new double[SentenceEmbeddings.DIMENSIONS]);

        assertThatThrownBy(() -> new CheckWorthinessScorer(new FeatureExtractor(NlpModels.english()), model, model))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(CheckWorthinessModel.parse(model.withBand(1.5).toText("h")).band()).isEqualTo(1.5);
    }

    @Test
    void termWeightsSurviveTheTextForm() {
        CheckWorthinessModel model = new CheckWorthinessModel(0.5, new double[Cue.values().length],
                new double[SentenceEmbeddings.DIMENSIONS], Map.of("<s> we", -1.25, "percent", 0.5));

        CheckWorthinessModel back = CheckWorthinessModel.parse(model.toText("a header"));

        assertThat(back.termWeights()).containsExactlyInAnyOrderEntriesOf(model.termWeights());
        Map<String, Double> parts = back.termContributions(Terms.of("We lost 5 percent")); // 9 distinct terms
        assertThat(parts).containsOnlyKeys("percent", "<s> we");
        assertThat(parts.get("percent")).isCloseTo(0.5 / 3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(parts.get("<s> we")).isCloseTo(-1.25 / 3, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void theCommittedModelReadsBackAsWritten() {
        CheckWorthinessModel model = CheckWorthinessModel.load();

        assertThat(CheckWorthinessModel.parse(model.toText("header")).toText("header"))
                .isEqualTo(model.toText("header"));
        assertThat(model.weight(Cue.QUESTION)).as("questions lower the score").isNegative();
        assertThat(model.weight(Cue.NUMBER)).as("numbers raise it").isPositive();
        assertThat(model.termWeights()).as("words count too").isNotEmpty();
        CheckWorthinessModel first = CheckWorthinessModel.loadWords();
        assertThat(first.band()).as("the first stage defers to the full model near the threshold").isPositive();
        assertThat(first.embeddingWeights()).as("the first stage needs no embedding").containsOnly(0.0);
        assertThat(CheckWorthinessModel.parse(first.toText("header")).toText("header"))
                .isEqualTo(first.toText("header"));
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
        assertThat(heading.reasons()).contains("heading");
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
