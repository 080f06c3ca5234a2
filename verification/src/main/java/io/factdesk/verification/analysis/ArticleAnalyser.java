package io.factdesk.verification.analysis;

import io.factdesk.verification.checkworthiness.CheckWorthiness;
import io.factdesk.verification.checkworthiness.CheckWorthinessScorer;
import io.factdesk.verification.checkworthiness.FeatureExtractor;
import io.factdesk.verification.ingestion.ArticleFetchException;
import io.factdesk.verification.ingestion.ArticleFetcher;
import io.factdesk.verification.ingestion.ArticleText;
import io.factdesk.verification.ingestion.ContentType;
import io.factdesk.verification.ingestion.FetchedDocument;
import io.factdesk.verification.ingestion.HtmlTextExtractor;
import io.factdesk.verification.ingestion.MetadataHeader;
import io.factdesk.verification.ingestion.NlpModels;
import io.factdesk.verification.ingestion.Segmenter;
import io.factdesk.verification.ingestion.TextNormaliser;
import io.factdesk.verification.ingestion.TextUnit;
import io.factdesk.verification.ingestion.UnitKind;
import io.factdesk.verification.net.GuardedHttpClient;
import io.factdesk.verification.sourcing.SourcingFlag;
import io.factdesk.verification.sourcing.SourcingFlagger;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The single entry point of the article aids: extraction, segmentation, check-worthiness and sourcing flags.
 * Models load once per JVM; an instance is thread-safe. Plain Java: the application makes one from its
 * configuration ({@code article.AnalyserSetup}), tools and tests through {@link #create()}.
 */
public class ArticleAnalyser {

    private final Segmenter segmenter;
    private final CheckWorthinessScorer scorer;
    private final SourcingFlagger flagger;
    private final ArticleFetcher fetcher;

    /**
     * @param client      the application's outbound client (connect timeout: factdesk.outbound.connect-timeout)
     * @param readTimeout factdesk.import.read-timeout: how long the whole download of an article may take
     * @param maxBytes    factdesk.import.max-bytes: largest article page accepted, in bytes
     */
    public ArticleAnalyser(GuardedHttpClient client, Duration readTimeout, long maxBytes) {
        NlpModels models = NlpModels.english();
        this.segmenter = new Segmenter(models);
        this.scorer = new CheckWorthinessScorer(new FeatureExtractor(models));
        this.flagger = new SourcingFlagger();
        this.fetcher = new ArticleFetcher(client, readTimeout, maxBytes);
    }

    /** An analyser with the default limits that fetches from public addresses only, for use outside CDI. */
    public static ArticleAnalyser create() {
        return new ArticleAnalyser(GuardedHttpClient.publicOnly(), Duration.ofSeconds(15), 5_000_000);
    }

    /**
     * Extracts and normalises article content without analysing it.
     *
     * @param id      caller's identifier, carried into cross-article flags
     * @param content the raw text or HTML
     * @param type    how to read {@code content}
     */
    public ArticleText extract(String id, String content, ContentType type) {
        if (type == ContentType.HTML) {
            return HtmlTextExtractor.extract(id, content);
        }
        String text = TextNormaliser.normalise(content);
        return MetadataHeader.parse(text)
                .map(h -> new ArticleText(id, h.title(), text.substring(h.length()).strip(), h.published()))
                .orElseGet(() -> new ArticleText(id, null, text, null));
    }

    /** Downloads an article (with the configured timeouts and size limit) and extracts its text. */
    public ArticleText fetch(URI url) throws ArticleFetchException {
        FetchedDocument document = fetcher.fetch(url);
        return extract(document.uri().toString(), document.content(), document.type());
    }

    /** Analyses raw text or HTML: extraction, then {@link #analyse(ArticleText)}. */
    public ArticleAnalysis analyse(String content, ContentType type) {
        return analyse(extract(null, content, type));
    }

    /**
     * Segments an extracted article, scores every unit and flags its sourcing. Name variants are checked
     * within this article only; use {@link #flagNameVariants(List)} to compare with other articles.
     */
    public ArticleAnalysis analyse(ArticleText article) {
        return analyse(article, null);
    }

    /**
     * Like {@link #analyse(ArticleText)}, stopped once {@code budget} has passed: the time is checked after
     * segmentation, before every sentence and before the article-level flags.
     *
     * @param budget the longest the analysis may take; null for no limit
     * @throws AnalysisOverBudget when the budget ran out before the analysis finished
     */
    public ArticleAnalysis analyse(ArticleText article, Duration budget) {
        long deadline = budget == null ? Long.MAX_VALUE : System.nanoTime() + budget.toNanos();
        List<TextUnit> units = segmenter.segment(article.text());
        checkBudget(deadline, budget);
        List<List<SourcingFlag>> flags = units.stream()
                .map(unit -> flagger.flagSentence(article.text(), unit.start(), unit.end())).toList();
        checkBudget(deadline, budget);
        List<CheckWorthiness> scores = scorer.scoreAll(units, flags);
        List<AnalysedSentence> sentences = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            checkBudget(deadline, budget);
            TextUnit unit = units.get(i);
            CheckWorthiness worth = scores.get(i);
            sentences.add(new AnalysedSentence(i, unit.kind(), unit.text(), unit.start(), unit.end(), worth.score(),
                    worth.reasons(), flags.get(i)));
        }
        checkBudget(deadline, budget);
        String title = article.title() != null ? article.title() : leadingHeading(units);
        return new ArticleAnalysis(title, article.publishedDate(), article.text(), List.copyOf(sentences),
                flagger.flagArticle(article));
    }

    /**
     * Name-variant flags across articles (an import plus the organisation's earlier articles, say).
     *
     * @return flags per {@link ArticleText#id()}; offsets refer to each article's own text
     */
    public java.util.Map<String, List<SourcingFlag>> flagNameVariants(List<ArticleText> articles) {
        return flagger.flagNameVariants(articles);
    }

    private static void checkBudget(long deadline, Duration budget) {
        if (budget != null && System.nanoTime() - deadline > 0) {
            throw new AnalysisOverBudget(budget);
        }
    }

    private static String leadingHeading(List<TextUnit> units) {
        return !units.isEmpty() && units.get(0).kind() == UnitKind.HEADING ? units.get(0).text() : null;
    }
}
