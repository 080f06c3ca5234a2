package io.factdesk.verification.sourcing;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.verification.SeedArticles;
import io.factdesk.verification.ingestion.ArticleText;
import io.factdesk.verification.ingestion.TextNormaliser;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitleDateCheckerTest {

    private final TitleDateChecker checker = new TitleDateChecker();

    @Test
    void formerPresidentContradictsTheSwearingInTheTextStates() {
        ArticleText article = ArticleText.of("003", TextNormaliser.normalise(SeedArticles.byNumber("003")));

        List<SourcingFlag> flags = checker.check(article);

        assertThat(flags).anySatisfy(flag -> {
            assertThat(flag.kind()).isEqualTo(FlagKind.TITLE_DATE_CONTRADICTION);
            assertThat(flag.trigger()).isEqualTo("former U.S.  President Donald Trump");
            assertThat(flag.note()).contains("since 2025-01-20").contains("“January 20, 2025”");
        });
        assertThat(flags).anySatisfy(flag -> {
            assertThat(flag.trigger()).isEqualTo("the Biden administration has quietly backed");
            assertThat(flag.note()).contains("ended 2025-01-20");
        });
        assertThat(flags).hasSize(2);
    }

    @Test
    void usesThePublishedDateWhenKnown() {
        ArticleText inTerm = new ArticleText("a", null, "Former President Donald Trump spoke.", LocalDate.of(2025, 7, 4));
        ArticleText afterTerm = new ArticleText("b", null, "Former President Donald Trump spoke.",
                LocalDate.of(2023, 3, 1));

        assertThat(checker.check(inTerm)).extracting(SourcingFlag::trigger)
                .containsExactly("Former President Donald Trump");
        assertThat(checker.check(afterTerm)).isEmpty();
    }

    @Test
    void noDateMeansNothingToContradict() {
        assertThat(checker.check(ArticleText.of("a", "Former President Donald Trump spoke. "
                + "The Biden administration has ended."))).isEmpty();
    }

    @Test
    void consistentTitlesAreNotFlagged() {
        ArticleText article = new ArticleText("a", null, "Former President Joe Biden spoke. The Trump administration"
                + " has signalled a shift. President Donald Trump met Zelensky.", LocalDate.of(2025, 7, 4));

        assertThat(checker.check(article)).isEmpty();
    }
}
