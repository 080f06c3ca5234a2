package io.factdesk.verification.article;

import io.factdesk.core.article.Article;
import io.factdesk.core.article.Flag;
import io.factdesk.core.article.Sentence;
import io.factdesk.core.claim.Appearance;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.analysis.AnalysedSentence;
import io.factdesk.verification.analysis.ArticleAnalyser;
import io.factdesk.verification.analysis.ArticleAnalysis;
import io.factdesk.verification.claim.ClaimDraft;
import io.factdesk.verification.ingestion.ContentType;
import io.factdesk.verification.sourcing.SourcingFlag;
import io.factdesk.verification.claim.ClaimService;
import io.factdesk.verification.common.Conflict;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.common.NotPermitted;
import io.factdesk.verification.common.PageRequest;
import io.factdesk.verification.common.Paged;
import io.factdesk.verification.common.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.ArrayList;
import java.util.stream.Collectors;

/**
 * Imports articles (plain text or HTML) through the verification aids (sentences, check-worthiness, sourcing
 * flags), reads them back, and promotes a sentence into
 * a claim with the article as its appearance. Scoped to the actor's organisation.
 */
@ApplicationScoped
public class ArticleService {

    /** Largest article body accepted, in characters. */
    public static final int MAX_BODY = 500_000;

    @Inject
    ClaimService claims;

    @Inject
    ArticleAnalyser analyser;

    /** Imports an article and its sentences (reviewer role). */
    @Transactional
    public Article importArticle(Actor actor, ArticleDraft draft) {
        NotPermitted.unlessHas(actor, StaffRole.REVIEWER);
        if (draft == null) {
            throw new InvalidInput("body", "must not be blank");
        }
        String raw = Texts.required("body", draft.body(), MAX_BODY);
        ArticleFormat format = draft.format() == null ? ArticleFormat.TEXT : draft.format();
        ArticleAnalysis analysis = analyser.analyse(raw,
                format == ArticleFormat.HTML ? ContentType.HTML : ContentType.PLAIN_TEXT);
        if (analysis.text() == null || analysis.text().isBlank()) {
            throw new InvalidInput("body", "contains no text");
        }
        Article article = new Article();
        article.organisation = actor.organisation();
        String title = Texts.optional("title", draft.title(), 500);
        article.title = title != null ? title
                : analysis.title() != null ? shorten(analysis.title()) : shorten(firstLine(analysis.text()));
        article.outlet = Texts.optional("outlet", draft.outlet(), 200);
        article.url = Texts.optional("url", draft.url(), 2000);
        article.publishedOn = draft.publishedOn() != null ? draft.publishedOn() : analysis.publishedDate();
        article.contentType = format.name();
        article.importedBy = actor.username();
        store(article, analysis);
        return article;
    }

    /** The organisation's articles, newest first. */
    @Transactional
    public Paged<Article> list(Actor actor, PageRequest page) {
        PageRequest p = page == null ? PageRequest.first() : page;
        var query = Article.<Article>find("organisation = ?1 order by importedAt desc, id desc", actor.organisation());
        return new Paged<>(query.page(p.page() - 1, p.size()).list(), p.page(), p.size(), query.count());
    }

    /** One article; articles imported without sentences (seed data) are split on first read. */
    @Transactional
    public Article get(Actor actor, long articleId) {
        Article article = find(actor, articleId);
        if (Sentence.count("article", article) == 0) {
            store(article, analyser.analyse(article.body, ContentType.PLAIN_TEXT));
        }
        return article;
    }

    /** The article's sentences in reading order. */
    @Transactional
    public List<Sentence> sentences(Actor actor, long articleId) {
        return Sentence.list("article = ?1 order by position", get(actor, articleId));
    }

    /**
     * Creates a claim from a sentence, with the article as its appearance and the sentence as the quote.
     *
     * @param text the claim's normalised wording; the sentence itself when blank
     * @param claimant who made the claim, optional
     * @throws Conflict {@code already-promoted} if the sentence already became a claim
     */
    @Transactional
    public Claim promote(Actor actor, long articleId, long sentenceId, String text, String claimant) {
        NotPermitted.unlessHas(actor, StaffRole.REVIEWER);
        Article article = find(actor, articleId);
        Sentence sentence = Sentence.<Sentence>find("id = ?1 and article = ?2", sentenceId, article)
                .firstResultOptional().orElseThrow(() -> new NotFound("sentence", sentenceId));
        if (sentence.promotedClaim != null) {
            throw new Conflict("already-promoted", "This sentence is already claim " + sentence.promotedClaim.id + ".");
        }
        String wording = Texts.clean(text) != null ? text : shorten2000(sentence.text);
        Claim claim = claims.create(actor, new ClaimDraft(wording, claimant, article.publishedOn, null, null, null));
        Appearance appearance = new Appearance();
        appearance.claim = claim;
        appearance.article = article;
        appearance.sentence = sentence;
        appearance.quote = sentence.text;
        appearance.url = article.url;
        appearance.outlet = article.outlet;
        appearance.appearedOn = article.publishedOn;
        appearance.persist();
        sentence.promotedClaim = claim;
        return claim;
    }

    private Article find(Actor actor, long articleId) {
        return Article.<Article>find("id = ?1 and organisation = ?2", articleId, actor.organisation())
                .firstResultOptional().orElseThrow(() -> new NotFound("article", articleId));
    }

    /** Keeps the analysed text (all offsets refer to it), its article-level flags and its scored sentences. */
    private static void store(Article article, ArticleAnalysis analysis) {
        article.body = analysis.text();
        article.flags = analysis.articleFlags().stream().map(ArticleService::flag).collect(Collectors.toList());
        article.persist();
        for (AnalysedSentence unit : analysis.sentences()) {
            Sentence sentence = new Sentence();
            sentence.article = article;
            sentence.position = unit.index();
            sentence.text = unit.text();
            sentence.startOffset = unit.start();
            sentence.endOffset = unit.end();
            sentence.checkWorthiness = Math.max(0, Math.min(1, unit.score()));
            sentence.reasons = new ArrayList<>(unit.reasons());
            sentence.flags = unit.flags().stream().map(ArticleService::flag).collect(Collectors.toList());
            sentence.persist();
        }
    }

    private static Flag flag(SourcingFlag flag) {
        return new Flag(flag.kind().name(), flag.trigger(), flag.start(), flag.end(), flag.note());
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("Untitled article").strip();
    }

    private static String shorten(String value) {
        return value.length() <= 200 ? value : value.substring(0, 197) + "...";
    }

    private static String shorten2000(String value) {
        return value.length() <= 2000 ? value : value.substring(0, 1997) + "...";
    }
}
