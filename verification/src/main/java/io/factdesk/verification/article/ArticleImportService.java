package io.factdesk.verification.article;

import io.factdesk.core.article.Article;
import io.factdesk.core.article.Sentence;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.verification.analysis.AnalysedSentence;
import io.factdesk.verification.analysis.AnalysisOverBudget;
import io.factdesk.verification.analysis.ArticleAnalyser;
import io.factdesk.verification.analysis.ArticleAnalysis;
import io.factdesk.verification.common.Texts;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.ingestion.ArticleFetchException;
import io.factdesk.verification.ingestion.ArticleText;
import io.factdesk.verification.ingestion.ContentType;
import io.factdesk.verification.language.LanguageDetector;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Imports an article for an organisation: extracts and analyses it, then stores the article with its article
 * flags and every sentence with score, reasons and sourcing flags. Name variants are also checked against the
 * organisation's most recent articles ({@link CrossArticleNameVariants}), and flagged on both sides.
 *
 * <p>Analysis is pure computation and may take seconds on a long article, so it never runs inside a database
 * transaction: the import reads what it needs in one short transaction, analyses with no transaction (and no
 * connection) held, and stores the result in a second short transaction. The analysis has a time budget; an
 * article that needs longer is refused and nothing of it is stored.
 */
@ApplicationScoped
public class ArticleImportService {

    private static final int TITLE_LENGTH = 500;
    private static final LanguageDetector LANGUAGES = new LanguageDetector();

    private final ArticleAnalyser analyser;
    private final CrossArticleNameVariants nameVariants;
    private final Duration budget;

    @Inject
    ArticleImportService(ArticleAnalyser analyser, ArticlesConfig config) {
        this(analyser, config.analysisBudget());
    }

    /**
     * @param analyser the verification aids
     * @param budget   the longest the analysis of one import may take ({@link ArticlesConfig#analysisBudget()})
     */
    public ArticleImportService(ArticleAnalyser analyser, Duration budget) {
        this.analyser = analyser;
        this.nameVariants = new CrossArticleNameVariants(analyser);
        this.budget = budget;
    }

    /**
     * Imports pasted text or uploaded HTML. Must be called outside a transaction (see the class comment).
     *
     * @param organisation the organisation that will own the article
     * @param content      the raw text or HTML
     * @param type         how to read {@code content}
     * @param request      optional title, outlet, URL, source name and published date
     * @param importedBy   username of the reviewer importing it
     * @return the stored article with its sentences; an earlier import with the same source name is returned
     *         unchanged instead of importing twice
     * @throws InvalidInput          when the content holds no text, or its analysis ran past the budget
     * @throws IllegalStateException when called inside a transaction
     */
    public Article importContent(Organisation organisation, String content, ContentType type, ImportRequest request,
            String importedBy) {
        long organisationId = organisation.id;
        Optional<Article> existing = existing(organisationId, request.sourceName());
        if (existing.isPresent()) {
            return existing.get();
        }
        ArticleText text = analyser.extract(request.sourceName(), content, type);
        return analyseAndStore(organisationId, text, type == ContentType.HTML ? "HTML" : "TEXT", request,
                importedBy);
    }

    /**
     * Fetches an article from a URL (timeouts and size limit from configuration) and imports it. The download,
     * like the analysis, happens outside any transaction.
     *
     * @throws ArticleFetchException when the page is unreachable, too large or not an article
     */
    public Article importUrl(Organisation organisation, URI url, ImportRequest request, String importedBy)
            throws ArticleFetchException {
        // A slow site must never hold a database connection.
        ArticleText text = analyser.fetch(url);
        ImportRequest withUrl = new ImportRequest(request.title(), request.outlet(),
                request.url() != null ? request.url() : url.toString(),
                request.sourceName() != null ? request.sourceName() : url.toString(), request.publishedOn());
        Optional<Article> existing = existing(organisation.id, withUrl.sourceName());
        return existing.isPresent() ? existing.get()
                : analyseAndStore(organisation.id, text, "URL", withUrl, importedBy);
    }

    private static Optional<Article> existing(long organisationId, String sourceName) {
        if (sourceName == null) {
            return Optional.empty();
        }
        return QuarkusTransaction.joiningExisting().call(() -> Article.<Article>find(
                "organisation.id = ?1 and sourceName = ?2", organisationId, sourceName).firstResultOptional());
    }

    private Article analyseAndStore(long organisationId, ArticleText text, String contentType,
            ImportRequest request, String importedBy) {
        List<CrossArticleNameVariants.Earlier> earlier = QuarkusTransaction.joiningExisting()
                .call(() -> CrossArticleNameVariants.recent(organisationId));
        Analysed analysed = analyse(text, earlier);
        return QuarkusTransaction.joiningExisting().call(() -> {
            // Another import of the same source may have finished while this one was analysing.
            Optional<Article> raced = existing(organisationId, request.sourceName());
            return raced.isPresent() ? raced.get()
                    : store(Organisation.findById(organisationId), analysed, contentType, request, importedBy);
        });
    }

    /** The analysis and the comparison with earlier articles, computed before anything is stored. */
    record Analysed(ArticleAnalysis analysis, CrossArticleNameVariants.Comparison variants) {
    }

    /**
     * The pure-computation step of an import. It refuses to run inside a transaction: holding a database
     * connection for the seconds a long article takes would let a few imports exhaust the pool.
     */
    Analysed analyse(ArticleText text, List<CrossArticleNameVariants.Earlier> earlier) {
        if (QuarkusTransaction.isActive()) {
            throw new IllegalStateException("article analysis must not run inside a database transaction");
        }
        long started = System.nanoTime();
        try {
            ArticleAnalysis analysis = analyser.analyse(text, budget);
            if (analysis.text().isBlank()) {
                throw InvalidInput.of("body", "no_text");
            }
            CrossArticleNameVariants.Comparison variants = nameVariants.compare(analysis, earlier);
            if (System.nanoTime() - started > budget.toNanos()) {
                throw new AnalysisOverBudget(budget);
            }
            return new Analysed(analysis, variants);
        } catch (AnalysisOverBudget e) {
            throw InvalidInput.of("body", "analysis_too_slow", budget.toMillis());
        }
    }

    private Article store(Organisation organisation, Analysed analysed, String contentType, ImportRequest request,
            String importedBy) {
        ArticleAnalysis analysis = analysed.analysis();
        Article article = new Article();
        article.organisation = organisation;
        article.title = title(request, analysis);
        article.outlet = request.outlet();
        article.url = Texts.optionalUrl("url", request.url());
        article.publishedOn = request.publishedOn() != null ? request.publishedOn() : analysis.publishedDate();
        article.sourceName = request.sourceName();
        article.contentType = contentType;
        article.body = analysis.text();
        article.language = LANGUAGES.detect(analysis.text());
        article.importedBy = importedBy;
        article.persist();
        nameVariants.apply(article, analysed.variants());
        storeSentences(article, analysis);
        return article;
    }

    /**
     * Analyses an article that was stored without sentences (by another import path, or as seed data) and adds
     * its scored, flagged sentences and article flags. The body is normalised (and a metadata header moved
     * into the published date), because sentence offsets refer to the normalised text. Unlike an import, this
     * works on an article of the caller's transaction, so it is meant for small, trusted texts (seed data, tests)
     * and has no time budget.
     *
     * @param article a persisted article of the current transaction
     * @throws IllegalStateException when the article already has sentences
     */
    @Transactional
    public Article analyseInto(Article article) {
        if (Sentence.count("article", article) > 0) {
            throw new IllegalStateException("Article " + article.id + " already has sentences");
        }
        ArticleText text = analyser.extract(article.sourceName, article.body, ContentType.PLAIN_TEXT);
        ArticleAnalysis analysis = analyser.analyse(text);
        article.body = analysis.text();
        article.language = LANGUAGES.detect(analysis.text());
        if (article.publishedOn == null) {
            article.publishedOn = analysis.publishedDate();
        }
        List<CrossArticleNameVariants.Earlier> earlier = CrossArticleNameVariants.recent(article.organisation.id)
                .stream().filter(e -> e.id() != article.id).toList();
        nameVariants.apply(article, nameVariants.compare(analysis, earlier));
        storeSentences(article, analysis);
        return article;
    }

    private static void storeSentences(Article article, ArticleAnalysis analysis) {
        for (AnalysedSentence analysed : analysis.sentences()) {
            Sentence sentence = new Sentence();
            sentence.article = article;
            sentence.position = analysed.index();
            sentence.kind = analysed.kind().name();
            sentence.text = analysed.text();
            sentence.startOffset = analysed.start();
            sentence.endOffset = analysed.end();
            sentence.checkWorthiness = analysed.score();
            sentence.reasons = new ArrayList<>(analysed.reasons());
            sentence.flags = new ArrayList<>(FlagMapping.toStored(analysed.flags()));
            sentence.persist();
            article.sentences.add(sentence);
        }
    }

    private static String title(ImportRequest request, ArticleAnalysis analysis) {
        if (request.title() != null && !request.title().isBlank()) {
            return abbreviate(request.title().strip(), TITLE_LENGTH);
        }
        if (analysis.title() != null) {
            return abbreviate(analysis.title(), TITLE_LENGTH);
        }
        return analysis.sentences().isEmpty() ? "Untitled article"
                : abbreviate(analysis.sentences().get(0).text(), 120);
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
