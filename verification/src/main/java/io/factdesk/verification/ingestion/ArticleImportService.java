package io.factdesk.verification.ingestion;

import io.factdesk.core.article.Article;
import io.factdesk.core.article.Sentence;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.verification.analysis.AnalysedSentence;
import io.factdesk.verification.analysis.ArticleAnalyser;
import io.factdesk.verification.analysis.ArticleAnalysis;
import io.factdesk.verification.common.Texts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports an article for an organisation: extracts and analyses it, then stores the article with its article
 * flags and every sentence with score, reasons and sourcing flags. Name variants are also checked against the
 * organisation's most recent articles ({@link CrossArticleNameVariants}), and flagged on both sides.
 */
@ApplicationScoped
public class ArticleImportService {

    private static final int TITLE_LENGTH = 500;

    private final ArticleAnalyser analyser;
    private final CrossArticleNameVariants nameVariants;

    @Inject
    public ArticleImportService(ArticleAnalyser analyser) {
        this.analyser = analyser;
        this.nameVariants = new CrossArticleNameVariants(analyser);
    }

    /**
     * Imports pasted text or uploaded HTML.
     *
     * @param organisation the organisation that will own the article
     * @param content      the raw text or HTML
     * @param type         how to read {@code content}
     * @param request      optional title, outlet, URL and source name
     * @param importedBy   username of the reviewer importing it
     * @return the stored article with its sentences; an earlier import with the same source name is returned
     *         unchanged instead of importing twice
     */
    @Transactional
    public Article importContent(Organisation organisation, String content, ContentType type, ImportRequest request,
            String importedBy) {
        if (request.sourceName() != null) {
            List<Article> existing = Article.list("organisation = ?1 and sourceName = ?2", organisation,
                    request.sourceName());
            if (!existing.isEmpty()) {
                return existing.get(0);
            }
        }
        ArticleText text = analyser.extract(request.sourceName(), content, type);
        return store(organisation, text, type == ContentType.HTML ? "HTML" : "TEXT", request, importedBy);
    }

    /**
     * Fetches an article from a URL (timeouts and size limit from configuration) and imports it. The download
     * happens outside the transaction.
     *
     * @throws ArticleFetchException when the page is unreachable, too large or not an article
     */
    public Article importUrl(Organisation organisation, URI url, ImportRequest request, String importedBy)
            throws ArticleFetchException {
        // The download happens before the transaction: a slow site must never hold a database connection.
        ArticleText text = analyser.fetch(url);
        ImportRequest withUrl = new ImportRequest(request.title(), request.outlet(),
                request.url() != null ? request.url() : url.toString(),
                request.sourceName() != null ? request.sourceName() : url.toString());
        return QuarkusTransaction.joiningExisting().call(() -> {
            List<Article> existing = Article.list("organisation = ?1 and sourceName = ?2", organisation,
                    withUrl.sourceName());
            return existing.isEmpty() ? store(organisation, text, "URL", withUrl, importedBy) : existing.get(0);
        });
    }

    private Article store(Organisation organisation, ArticleText text, String contentType, ImportRequest request,
            String importedBy) {
        ArticleAnalysis analysis = analyser.analyse(text);
        Article article = new Article();
        article.organisation = organisation;
        article.title = title(request, analysis);
        article.outlet = request.outlet();
        article.url = Texts.optionalUrl("url", request.url());
        article.publishedOn = analysis.publishedDate();
        article.sourceName = request.sourceName();
        article.contentType = contentType;
        article.body = analysis.text();
        article.importedBy = importedBy;
        article.persist();
        storeAnalysis(article, analysis);
        return article;
    }

    /**
     * Analyses an article that was stored without sentences (by another import path, or as seed data) and adds
     * its scored, flagged sentences and article flags. The body is normalised (and a metadata header moved
     * into the published date), because sentence offsets refer to the normalised text.
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
        if (article.publishedOn == null) {
            article.publishedOn = analysis.publishedDate();
        }
        storeAnalysis(article, analysis);
        return article;
    }

    private void storeAnalysis(Article article, ArticleAnalysis analysis) {
        nameVariants.apply(article, analysis);
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
