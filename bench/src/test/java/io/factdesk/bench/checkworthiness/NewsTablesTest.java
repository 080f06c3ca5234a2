package io.factdesk.bench.checkworthiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NewsTablesTest {

    /** Units of the forty articles and how many are labelled check-worthy, as documented. */
    static final int UNITS = 481;
    static final int CHECK_WORTHY = 267;

    /** Reading fails when the segmentation no longer gives a labelled unit: a change to it is relabelled on purpose. */
    @Test
    void everyLabelledUnitOfTheFortyArticlesIsRead() {
        List<SentenceTable> news = NewsTables.read();
        SentenceTable all = SentenceTable.concat(news);
        int checkWorthy = 0;
        for (boolean label : all.labels()) {
            checkWorthy += label ? 1 : 0;
        }

        assertThat(news).hasSize(40);
        assertThat(NewsTables.files()).first().isEqualTo("news-01.txt");
        assertThat(all.size()).isEqualTo(NewsTables.labels().size()).isEqualTo(UNITS);
        assertThat(checkWorthy).isEqualTo(CHECK_WORTHY);
        assertThat(all.weights()).containsOnly(1.0);
    }

    @Test
    void newsUnitsWeighTheirWeightAfterTheTrainSplit() {
        List<SentenceTable> news = NewsTables.read();
        SentenceTable train = news.get(0);

        SentenceTable combined = NewsFolds.withNews(train, news.subList(1, 3), 5);

        assertThat(combined.size()).isEqualTo(train.size() + news.get(1).size() + news.get(2).size());
        assertThat(combined.weights()).startsWith(SentenceTable.filled(train.size(), 1)).endsWith(5.0);
    }
}
