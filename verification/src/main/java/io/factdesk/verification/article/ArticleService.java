package io.factdesk.verification.article;

import io.factdesk.core.article.Article;
import io.factdesk.core.article.Sentence;
import io.factdesk.core.claim.Appearance;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.ClaimantKind;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.claim.ClaimDraft;
import io.factdesk.verification.ingestion.ContentType;
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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports articles (plain text or HTML) through the verification aids' {@link ArticleImportService} (sentences,
 * check-worthiness, sourcing flags), reads them back, and promotes a sentence into
 * a claim with the article as its appearance. Scoped to the actor's organisation.
 */
@ApplicationScoped
public class ArticleService {

    /** Largest article body accepted, in characters. */
    public static final int MAX_BODY = 500_000;

    @Inject
    ClaimService claims;

    @Inject
    ArticleImportService importer;

    /**
     * Imports an article and its sentences (reviewer role). Not transactional: the analysis runs with no
     * transaction open and the import stores its result in its own short transaction.
     *
     * @throws InvalidInput when a field is too long, the body holds no text or its analysis ran past the budget
     */
    public Article importArticle(Actor actor, ArticleDraft draft) {
        NotPermitted.unlessHas(actor, StaffRole.REVIEWER);
        if (draft == null) {
            throw InvalidInput.of("body", "blank");
        }
        String raw = Texts.required("body", draft.body(), MAX_BODY);
        ArticleFormat format = draft.format() == null ? ArticleFormat.TEXT : draft.format();
        ImportRequest request = new ImportRequest(Texts.optional("title", draft.title(), 500),
                Texts.optional("outlet", draft.outlet(), 200), Texts.optionalUrl("url", draft.url()), null,
                draft.publishedOn());
        return importer.importContent(actor.organisation(), raw,
                format == ArticleFormat.HTML ? ContentType.HTML : ContentType.PLAIN_TEXT, request, actor.username());
    }

    /** The organisation's articles, newest first. */
    @Transactional
    public Paged<Article> list(Actor actor, PageRequest page) {
        PageRequest p = page == null ? PageRequest.first() : page;
        var query = Article.<Article>find("organisation = ?1 order by importedAt desc, id desc", actor.organisation());
        return new Paged<>(query.page(p.page() - 1, p.size()).list(), p.page(), p.size(), query.count());
    }

    /** One article of the actor's organisation. */
    @Transactional
    public Article get(Actor actor, long articleId) {
        return find(actor, articleId);
    }

    /**
     * The titles of those of {@code articleIds} that belong to the actor's organisation (others are left out),
     * for links such as a name-variant flag's "also written … in article N".
     */
    @Transactional
    public Map<Long, String> titles(Actor actor, Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> titles = new HashMap<>();
        Article.<Article>list("organisation = ?1 and id in ?2", actor.organisation(), articleIds)
                .forEach(a -> titles.put(a.id, a.title == null ? "" : a.title));
        return titles;
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
        return promote(actor, articleId, sentenceId, text, claimant, null);
    }

    /** As {@link #promote(Actor, long, long, String, String)}, stating whether the claimant is a person or a body. */
    @Transactional
    public Claim promote(Actor actor, long articleId, long sentenceId, String text, String claimant,
            ClaimantKind claimantKind) {
        NotPermitted.unlessHas(actor, StaffRole.REVIEWER);
        Article article = find(actor, articleId);
        Sentence sentence = Sentence.<Sentence>find("id = ?1 and article = ?2", sentenceId, article)
                .firstResultOptional().orElseThrow(() -> new NotFound("sentence", sentenceId));
        if (sentence.promotedClaim != null) {
            throw Conflict.of("already-promoted", String.valueOf(sentence.promotedClaim.id));
        }
        String wording = Texts.clean(text) != null ? text : shorten2000(sentence.text);
        Claim claim = claims.create(actor, new ClaimDraft(wording, claimant, article.publishedOn, null, null, null,
                claimantKind));
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

    private static String shorten2000(String value) {
        return value.length() <= 2000 ? value : value.substring(0, 1997) + "...";
    }
}
