package io.factdesk.bench.checkworthiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.factdesk.verification.analysis.AnalysedSentence;
import io.factdesk.verification.analysis.ArticleAnalyser;
import io.factdesk.verification.checkworthiness.CheckWorthinessModel;
import io.factdesk.verification.demo.DemoArticles;
import io.factdesk.verification.ingestion.ContentType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedTablesTest {

    private final List<SentenceTable> seeds = SeedTables.read(Datasets.projectRoot(Path.of("").toAbsolutePath()));

    @Test
    void everyLabelledUnitOfTheFiveArticlesIsRead() {
        SentenceTable all = SentenceTable.concat(seeds);
        int checkWorthy = 0;
        for (boolean label : all.labels()) {
            checkWorthy += label ? 1 : 0;
        }

        assertThat(seeds).hasSize(5);
        assertThat(all.size()).isEqualTo(114);
        assertThat(checkWorthy).isEqualTo(56);
        assertThat(all.weights()).containsOnly(1.0);
    }

    /** The training reads the units as an import does: the committed cascade scores them as the analyser does. */
    @Test
    void unitsScoreAsTheArticleAnalyserScoresThem() {
        ArticleAnalyser analyser = ArticleAnalyser.create();
        CheckWorthinessModel first = CheckWorthinessModel.loadWords();
        CheckWorthinessModel full = CheckWorthinessModel.load();
        for (int a = 0; a < seeds.size(); a++) {
            String file = DemoArticles.FILES.get(a);
            List<AnalysedSentence> sentences = analyser.analyse(analyser.extract(file, DemoArticles.read(file),
                    ContentType.PLAIN_TEXT)).sentences();
            double[] scores = CheckWorthinessTraining.cascade(first, full, seeds.get(a), first.band());

            assertThat(scores).hasSize(sentences.size());
            for (int i = 0; i < scores.length; i++) {
                assertThat(scores[i]).as("%s #%d", file, i).isCloseTo(sentences.get(i).score(), within(0.0005));
            }
        }
    }
}
