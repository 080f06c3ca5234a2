package io.factdesk.verification.article;

import static io.factdesk.verification.DatabaseFixtures.anOrganisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factdesk.core.article.Article;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.verification.SeedArticles;
import io.factdesk.verification.analysis.ArticleAnalyser;
import io.factdesk.verification.analysis.ArticleAnalysis;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.ingestion.ArticleText;
import io.factdesk.verification.ingestion.ContentType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An import analyses with no transaction open (no database connection held while the CPU works), stores in a
 * short transaction afterwards, and refuses an article whose analysis runs past the budget, storing nothing.
 */
@QuarkusTest
class ImportAnalysisTest {

    @Inject
    ArticleImportService imports;

    private static final String SEED = SeedArticles.FILES.get(0);

    /** The real analyser, noting whether a transaction was active each time it analysed. */
    static final class ObservedAnalyser extends ArticleAnalyser {
        final List<Boolean> transactionActive = new ArrayList<>();

        ObservedAnalyser() {
            super(io.factdesk.verification.net.GuardedHttpClient.publicOnly(), Duration.ofSeconds(15), 5_000_000);
        }

        @Override
        public ArticleAnalysis analyse(ArticleText article, Duration budget) {
            transactionActive.add(QuarkusTransaction.isActive());
            return super.analyse(article, budget);
        }
    }

    private static long articlesOf(Organisation organisation) {
        return QuarkusTransaction.requiringNew().call(() -> Article.count("organisation", organisation));
    }

    @Test
    void theAnalysisRunsWithNoTransactionActiveAndTheArticleIsStoredAfterwards() {
        Organisation organisation = QuarkusTransaction.requiringNew().call(() -> anOrganisation("Outside Desk"));
        ObservedAnalyser analyser = new ObservedAnalyser();
        ArticleImportService service = new ArticleImportService(analyser, Duration.ofSeconds(60));

        Article article = service.importContent(organisation, SeedArticles.read(SEED), ContentType.PLAIN_TEXT,
                ImportRequest.fromSource(SEED), "reviewer");

        assertThat(analyser.transactionActive).containsExactly(false);
        assertThat(article.id).isNotNull();
        assertThat(articlesOf(organisation)).isEqualTo(1);
    }

    @Test
    void anImportCalledInsideATransactionIsRefusedBeforeAnalysing() {
        Organisation organisation = QuarkusTransaction.requiringNew().call(() -> anOrganisation("Inside Desk"));

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> imports.importContent(organisation,
                SeedArticles.read(SEED), ContentType.PLAIN_TEXT, ImportRequest.fromSource(SEED), "reviewer")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("must not run inside a database transaction");
        assertThat(articlesOf(organisation)).isZero();
    }

    @Test
    void anArticleWhoseAnalysisRunsPastTheBudgetIsRefusedAndNothingIsStored() {
        Organisation organisation = QuarkusTransaction.requiringNew().call(() -> anOrganisation("Budget Desk"));
        ArticleImportService tight = new ArticleImportService(new ObservedAnalyser(), Duration.ofMillis(1));

        assertThatThrownBy(() -> tight.importContent(organisation, SeedArticles.read(SEED), ContentType.PLAIN_TEXT,
                ImportRequest.fromSource(SEED), "reviewer"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("body");
                    assertThat(e.getMessage()).startsWith("took longer than 1 ms to analyse");
                });
        assertThat(articlesOf(organisation)).isZero();
    }
}
