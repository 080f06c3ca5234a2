package io.factdesk.web.desk;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.core.article.Article;
import io.factdesk.core.article.Sentence;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.ClaimantKind;
import io.factdesk.core.staff.Actor;
import io.factdesk.verification.article.ArticleDraft;
import io.factdesk.verification.article.ArticleFormat;
import io.factdesk.verification.article.ArticleService;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.common.PageRequest;
import io.factdesk.verification.common.Paged;
import io.factdesk.verification.matching.ClaimMatcher;
import io.factdesk.web.errors.DeskErrors;
import io.factdesk.web.errors.RefusalTexts;
import io.factdesk.web.forms.FieldLimits;
import io.factdesk.web.forms.Forms;
import io.factdesk.web.support.PageLanguage;
import io.factdesk.web.support.UiMsg;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Article import (pasted text or an uploaded file), the article's sentences, and promoting one to a claim. */
@Path("/desk/articles")
@RolesAllowed("reviewer")
@Produces(MediaType.TEXT_HTML)
public class Articles {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Actor me, Paged<Article> articles, Map<String, String> form,
                Map<String, String> errors);

        static native TemplateInstance show(Actor me, Article article, List<FlagChip> articleFlags,
                List<SentenceRow> rows, int total, ArticleReading reading, List<ArticleReading.Choice> filters,
                List<ArticleReading.Choice> sorts, String refusal);
    }

    @Inject
    CurrentActor currentActor;

    @Inject
    ArticleService articles;

    @Inject
    ClaimMatcher matcher;

    @Inject
    FormDrafts drafts;

    private static final String ADDRESS = "/desk/articles";

    /** Earlier checks are looked up for this many not yet promoted sentences, the most check-worthy first. */
    static final int MATCHED_SENTENCES = 25;
    /** Earlier checks listed per sentence. */
    static final int MATCHES_PER_SENTENCE = 3;

    @GET
    @Transactional
    public String index(@RestQuery String returned) {
        var sentBack = drafts.sentBack(currentActor.get(), ADDRESS, "import", returned);
        return sentBack.map(draft -> page(draft.fields(), draft.errors())).orElseGet(() -> page(Map.of(), Map.of()));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importArticle(@RestForm String title, @RestForm String outlet, @RestForm String url,
            @RestForm String publishedOn, @RestForm String format, @RestForm String body,
            @RestForm("file") FileUpload file) {
        Map<String, String> form = Forms.values("title", title, "outlet", outlet, "url", url,
                "publishedOn", publishedOn, "format", format, "body", body);
        Map<String, String> errors = FieldLimits.check(form);
        if (!errors.isEmpty()) {
            // Longer than the form allows: not typed in this form. Refused on the spot, nothing is kept.
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML)
                    .entity(page(form, errors)).build();
        }
        LocalDate published = Forms.date("publishedOn", publishedOn, errors);
        String text = Forms.clean(body);
        ArticleFormat articleFormat = "html".equalsIgnoreCase(format) ? ArticleFormat.HTML : ArticleFormat.TEXT;
        if (file != null && file.size() > 0) {
            text = read(file);
            String name = file.fileName() == null ? "" : file.fileName().toLowerCase(Locale.ROOT);
            if (name.endsWith(".html") || name.endsWith(".htm")) {
                articleFormat = ArticleFormat.HTML;
            }
        }
        if (text == null || text.isBlank()) {
            errors.put("body", PageLanguage.bundle(UiMsg.class).error_article_body());
        }
        if (text != null && text.length() > FieldLimits.of("body")) {
            errors.put("body", FieldLimits.check(Map.of("body", text)).get("body"));
        }
        String link = Forms.url("url", url, errors);
        if (!errors.isEmpty()) {
            return drafts.sendBack(currentActor.get(), ADDRESS, "import", form, errors, null);
        }
        try {
            Article article = articles.importArticle(currentActor.get(), new ArticleDraft(Forms.clean(title),
                    Forms.clean(outlet), link, published, articleFormat, text));
            drafts.discard(currentActor.get(), ADDRESS, "import");
            return Response.seeOther(URI.create("/desk/articles/" + article.id)).build();
        } catch (InvalidInput e) {
            return drafts.sendBack(currentActor.get(), ADDRESS, "import", form,
                    Map.of(e.field() == null ? "body" : e.field(), RefusalTexts.of(e)), null);
        }
    }

    /** Longest sort or filter value read from the address. */
    static final int MAX_CHOICE = 40;

    /**
     * The article's sentences, sorted ({@code sort=position|score}) and filtered by flag kind
     * ({@code flag=any|HEDGE|…}); an unknown value answers 400.
     */
    @GET
    @Path("{id}")
    @Transactional
    public Response show(@PathParam("id") long id, @RestQuery String sort, @RestQuery String flag,
            @RestQuery String returned) {
        boolean tooLong = sort != null && sort.length() > MAX_CHOICE || flag != null && flag.length() > MAX_CHOICE;
        var reading = tooLong ? java.util.Optional.<ArticleReading>empty() : ArticleReading.of(sort, flag);
        if (reading.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).build(); // dressed as the 400 page
        }
        try {
            String refusal = drafts.sentBack(currentActor.get(), ADDRESS + "/" + id, "promote", returned)
                    .map(FormDrafts.Draft::refusal).orElse(null);
            return Response.ok(render(id, reading.get(), refusal), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .build();
        } catch (RuntimeException e) {
            DeskErrors.messageOf(e);
            throw e;
        }
    }

    @POST
    @Path("{id}/sentences/{sentenceId}/promote")
    public Response promote(@PathParam("id") long id, @PathParam("sentenceId") long sentenceId,
            @RestForm String text, @RestForm String claimant, @RestForm String claimantKind) {
        ClaimantKind kind = Forms.claimantKind(claimantKind);
        try {
            Claim claim = articles.promote(currentActor.get(), id, sentenceId, Forms.clean(text),
                    Forms.clean(claimant), kind);
            return Claims.seeOther(claim.id, "created");
        } catch (RuntimeException e) {
            return drafts.sendBack(currentActor.get(), ADDRESS + "/" + id, "promote",
                    Forms.values("text", text, "claimant", claimant), Map.of(), DeskErrors.messageOf(e));
        }
    }

    /** The address the promote form posts to shows the article (a bookmark or a reload never acts). */
    @GET
    @Path("{id}/sentences/{sentenceId}/promote")
    public Response promoteAddress(@PathParam("id") long id) {
        return Response.seeOther(URI.create("/desk/articles/" + id)).build();
    }

    @Transactional
    String render(long id, ArticleReading reading, String refusal) {
        Actor me = currentActor.get();
        Article article = articles.get(me, id);
        List<Sentence> sentences = articles.sentences(me, id);
        Map<Long, String> titles = articles.titles(me, ArticleReading.linkedArticles(article, sentences));
        List<SentenceRow> rows = reading.rows(article, sentences, titles, earlierChecks(me, sentences));
        return Templates.show(me, article, ArticleReading.articleChips(article, titles), rows, sentences.size(),
                reading, reading.filters(article, sentences), reading.sorts(), refusal).render();
    }

    /** Likely duplicates first (the matcher ranks by score, so they already lead), each with its link. */
    private Map<Long, List<EarlierCheck>> earlierChecks(Actor me, List<Sentence> sentences) {
        Map<Long, List<EarlierCheck>> checks = new HashMap<>();
        sentences.stream().filter(s -> s.promotedClaim == null)
                .sorted(Comparator.comparingDouble((Sentence s) -> s.checkWorthiness == null ? 0 : s.checkWorthiness)
                        .reversed())
                .filter(s -> s.text.length() <= ClaimMatcher.MAX_TEXT)
                .limit(MATCHED_SENTENCES)
                .forEach(s -> checks.put(s.id, matcher.matches(me.organisation().id, s.text, MATCHES_PER_SENTENCE)
                        .stream().map(m -> EarlierCheck.of(m, me.organisation().id, false)).toList()));
        return checks;
    }

    private String page(Map<String, String> form, Map<String, String> errors) {
        Actor me = currentActor.get();
        return Templates.index(me, articles.list(me, new PageRequest(1, 50)), form, errors).render();
    }

    private static String read(FileUpload file) {
        try {
            return Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
