package io.factdesk.web.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.core.article.Article;
import io.factdesk.core.article.Flag;
import io.factdesk.core.article.OtherSpelling;
import io.factdesk.core.article.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sorting, filtering and highlighting on the article page, without a server. */
class ArticleReadingTest {

    private static final String FIRST = "Zelenskiy met Trump, reportedly.";
    private static final String SECOND = "A person familiar with the talks said <b>no</b> deal was near.";
    private static final String THIRD = "The weather was fine.";
    private final Article article = new Article();
    private final List<Sentence> sentences = new ArrayList<>();

    ArticleReadingTest() {
        article.id = 7L;
        article.body = FIRST + " " + SECOND + " " + THIRD;
        article.flags = List.of(new Flag("NAME_VARIANT", "Zelenskiy", 0, 9, "also named …",
                List.of(new OtherSpelling("Volodymyr Zelensky", 3L), new OtherSpelling("Zelensky", null),
                        new OtherSpelling("Volodymyr Zelensky", 4L))));
        sentences.add(sentence(1, 0, FIRST, 0.62, new Flag("HEDGE", "reportedly", 21, 31, "", null)));
        int second = FIRST.length() + 1;
        sentences.add(sentence(2, second, SECOND, 0.91,
                new Flag("ANONYMOUS_SOURCE", "A person familiar with the talks", second, second + 32, "", null)));
        sentences.add(sentence(3, second + SECOND.length() + 1, THIRD, 0.12));
    }

    private Sentence sentence(long id, int start, String text, double score, Flag... flags) {
        Sentence s = new Sentence();
        s.id = id;
        s.article = article;
        s.position = (int) id - 1;
        s.text = text;
        s.startOffset = start;
        s.endOffset = start + text.length();
        s.checkWorthiness = score;
        s.flags = List.of(flags);
        return s;
    }

    private List<SentenceRow> rows(String sort, String flag) {
        return ArticleReading.of(sort, flag).orElseThrow().rows(article, sentences, Map.of(3L, "Earlier report"),
                Map.of());
    }

    @Test
    void readingOrderIsTheDefaultAndScoreOrdersHighestFirst() {
        assertThat(rows(null, null)).extracting(r -> r.sentence().id).containsExactly(1L, 2L, 3L);
        assertThat(rows("score", null)).extracting(r -> r.sentence().id).containsExactly(2L, 1L, 3L);
        assertThat(rows("score", null)).extracting(SentenceRow::score).containsExactly("0.91", "0.62", "0.12");
    }

    @Test
    void filtersByFlagKindIncludingTheArticlesOwnFlags() {
        assertThat(rows(null, "HEDGE")).extracting(r -> r.sentence().id).containsExactly(1L);
        assertThat(rows(null, "name_variant")).extracting(r -> r.sentence().id).containsExactly(1L);
        assertThat(rows("score", "any")).extracting(r -> r.sentence().id).containsExactly(2L, 1L);
        assertThat(rows(null, "TITLE_DATE_CONTRADICTION")).isEmpty();
    }

    @Test
    void unknownChoicesAreRefused() {
        assertThat(ArticleReading.of("random", null)).isEmpty();
        assertThat(ArticleReading.of(null, "GOSSIP")).isEmpty();
        assertThat(ArticleReading.of(" Score ", " hedge ")).contains(
                new ArticleReading(ArticleReading.Sort.SCORE, "HEDGE"));
    }

    @Test
    void triggerWordsAreCutOutAsMarkedSegmentsAndTheRestStaysText() {
        SentenceRow first = rows(null, null).get(0);

        assertThat(first.segments()).containsExactly(new Highlights.Segment("Zelenskiy", "name-variant"),
                new Highlights.Segment(" met Trump, ", null), new Highlights.Segment("reportedly", "hedge"),
                new Highlights.Segment(".", null));
        SentenceRow second = rows(null, null).get(1);
        assertThat(second.segments()).extracting(Highlights.Segment::text)
                .containsExactly("A person familiar with the talks", " said <b>no</b> deal was near.");
    }

    @Test
    void overlappingFlagsCutAtEveryEdgeTheInnermostWinsAndAStaleOffsetFallsBackToTheWords() {
        List<Highlights.Segment> segments = Highlights.of("Sources close to the bank said so.", 100, List.of(
                new Flag("ANONYMOUS_SOURCE", "Sources close to the bank", 100, 125, "", null),
                new Flag("ATTRIBUTION", "the bank said", 117, 130, "", null),
                new Flag("HEDGE", "so", 0, 2, "", null)));

        assertThat(segments).containsExactly(new Highlights.Segment("Sources close to ", "anonymous-source"),
                new Highlights.Segment("the bank", "attribution"), new Highlights.Segment(" said", "attribution"),
                new Highlights.Segment(" ", null), new Highlights.Segment("so", "hedge"),
                new Highlights.Segment(".", null));
    }

    @Test
    void nameVariantChipsLinkTheOtherArticlesTheDeskMaySee() {
        FlagChip chip = rows(null, "NAME_VARIANT").get(0).flags().stream()
                .filter(c -> c.flag().kind().equals("NAME_VARIANT")).findFirst().orElseThrow();

        assertThat(chip.spellings()).containsExactly(
                new FlagChip.Spelling("Volodymyr Zelensky", List.of(new FlagChip.Place(3L, "Earlier report"),
                        new FlagChip.Place(4L, null))),
                new FlagChip.Spelling("Zelensky", List.of(new FlagChip.Place(null, null))));
        assertThat(chip.spellings().get(0).places()).extracting(FlagChip.Place::linked).containsExactly(true, false);
        assertThat(chip.spellings().get(1).places().get(0).linked()).isFalse();
        assertThat(ArticleReading.linkedArticles(article, sentences)).containsExactly(3L, 4L);
    }

    @Test
    void filterLinksCountSentencesAndKeepTheOrder() {
        ArticleReading reading = ArticleReading.of("score", "HEDGE").orElseThrow();

        assertThat(reading.filters(article, sentences)).extracting(ArticleReading.Choice::value, ArticleReading.Choice::count,
                ArticleReading.Choice::query, ArticleReading.Choice::current).containsExactly(
                org.assertj.core.groups.Tuple.tuple("", 3, "?sort=score", false),
                org.assertj.core.groups.Tuple.tuple("any", 2, "?sort=score&flag=any", false),
                org.assertj.core.groups.Tuple.tuple("ANONYMOUS_SOURCE", 1, "?sort=score&flag=ANONYMOUS_SOURCE", false),
                org.assertj.core.groups.Tuple.tuple("HEDGE", 1, "?sort=score&flag=HEDGE", true),
                org.assertj.core.groups.Tuple.tuple("NAME_VARIANT", 1, "?sort=score&flag=NAME_VARIANT", false));
        assertThat(reading.sorts()).extracting(ArticleReading.Choice::query)
                .containsExactly("?sort=position&flag=HEDGE", "?sort=score&flag=HEDGE");
    }
}
