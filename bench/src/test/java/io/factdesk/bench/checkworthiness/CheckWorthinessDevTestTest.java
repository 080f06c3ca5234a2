package io.factdesk.bench.checkworthiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.factdesk.verification.checkworthiness.CheckWorthinessModel;
import io.factdesk.verification.checkworthiness.CheckWorthinessScorer;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Recomputes the committed model's figures on the CheckThat! 2024 dev-test split (documented in
 * docs/verification-aids.md) and fails when F1 falls more than {@link #MARGIN} below them. Skipped when the data
 * is absent; point {@code -Dfactdesk.datasets} or {@code FACTDESK_DATASETS} at it.
 */
class CheckWorthinessDevTestTest {

    /**
     * F1 on dev-test at {@link CheckWorthinessScorer#THRESHOLD} of the committed models as the application runs
     * them (the cascade: the first stage, and the full model within its band), as documented.
     */
    static final double DOCUMENTED_F1 = 0.804;
    /** F1 on dev-test of the full model alone (every sentence embedded), as documented. */
    static final double DOCUMENTED_FULL_F1 = 0.823;
    static final double MARGIN = 0.02;

    @Test
    void committedModelHoldsItsDocumentedDevTestF1() {
        Optional<Path> datasets = Datasets.checkWorthiness();
        assumeTrue(datasets.isPresent(), () -> "CheckThat! 2024 data not found at " + Datasets.location()
                + " (set -D" + Datasets.PROPERTY + " or " + Datasets.VARIABLE + "): dev-test figures not checked");

        SentenceTable devTest = SentenceTable.of(CheckThatSplit.read(datasets.get(), "dev-test"));
        CheckWorthinessModel full = CheckWorthinessModel.load();
        CheckWorthinessModel first = CheckWorthinessModel.loadWords();
        Scores model = Scores.at(devTest.scores(full), devTest.labels(), CheckWorthinessScorer.THRESHOLD);
        Scores cascade = Scores.at(CheckWorthinessTraining.cascade(first, full, devTest, first.band()),
                devTest.labels(), CheckWorthinessScorer.THRESHOLD);
        Scores rule = CueWordRule.scores(datasets.get(), "dev-test");
        System.out.println("dev-test full model:    " + model);
        System.out.println("dev-test cascade:       " + cascade + ", embeds "
                + CheckWorthinessTraining.embedded(first, devTest, first.band()));
        System.out.println("dev-test cue-word rule: " + rule);

        assertThat(cascade.f1()).isGreaterThanOrEqualTo(DOCUMENTED_F1 - MARGIN).isGreaterThan(rule.f1());
        assertThat(model.f1()).isGreaterThanOrEqualTo(DOCUMENTED_FULL_F1 - MARGIN);
    }
}
