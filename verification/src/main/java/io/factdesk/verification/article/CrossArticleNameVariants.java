package io.factdesk.verification.article;

import io.factdesk.core.article.Article;
import io.factdesk.core.article.Flag;
import io.factdesk.verification.analysis.ArticleAnalyser;
import io.factdesk.verification.analysis.ArticleAnalysis;
import io.factdesk.verification.ingestion.ArticleText;
import io.factdesk.verification.sourcing.FlagKind;
import io.factdesk.verification.sourcing.SourcingFlag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Compares a newly imported article with the organisation's recent articles for people named two ways, and
 * flags both sides: the new article gets the variant with a note naming the earlier article, and the earlier
 * article gets it too, so the desk shows the inconsistency wherever a reviewer looks first.
 *
 * <p>The comparison is computation over texts and runs before the new article is stored (outside any
 * transaction), so the new article has no id yet: notes name it by a placeholder that {@link #apply} replaces.
 */
final class CrossArticleNameVariants {

    /** How many earlier articles of the organisation a new import is compared with. */
    static final int WINDOW = 200;

    /** Stands for the new article's label in notes until it has an id; no article text contains it. */
    private static final String NEW_ARTICLE = "\uE000new article\uE000";

    /** An earlier article as read for the comparison. */
    record Earlier(long id, String label, String body) {
    }

    /**
     * What {@link #compare} found: the new article's flags, the variant flags per earlier article id, and the
     * earlier articles' ids by the label the comparison knew them by.
     */
    record Comparison(List<SourcingFlag> own, Map<Long, List<SourcingFlag>> earlier, Map<String, Long> ids) {
    }

    private final ArticleAnalyser analyser;

    CrossArticleNameVariants(ArticleAnalyser analyser) {
        this.analyser = analyser;
    }

    /** The organisation's most recent articles, newest first; call inside a (short) transaction. */
    static List<Earlier> recent(long organisationId) {
        List<Article> articles = Article.find("organisation.id = ?1 order by importedAt desc, id desc",
                organisationId).page(0, WINDOW).list();
        return articles.stream().map(a -> new Earlier(a.id, label(a.id, a.title), a.body)).toList();
    }

    /** Compares the analysed new article with the earlier ones; pure computation. */
    Comparison compare(ArticleAnalysis analysis, List<Earlier> earlier) {
        List<SourcingFlag> own = new ArrayList<>(analysis.articleFlags());
        Map<Long, List<SourcingFlag>> others = new HashMap<>();
        Map<String, Long> byLabel = new HashMap<>();
        if (!earlier.isEmpty()) {
            List<ArticleText> texts = new ArrayList<>();
            texts.add(ArticleText.of(NEW_ARTICLE, analysis.text()));
            for (Earlier other : earlier) {
                byLabel.put(other.label(), other.id());
                texts.add(ArticleText.of(other.label(), other.body()));
            }
            Map<String, List<SourcingFlag>> variants = analyser.flagNameVariants(texts);
            // The comparison includes the variants inside the new article, so those are replaced, not doubled.
            own.removeIf(f -> f.kind() == FlagKind.NAME_VARIANT);
            own.addAll(variants.getOrDefault(NEW_ARTICLE, List.of()));
            variants.forEach((label, flags) -> {
                if (byLabel.containsKey(label) && !flags.isEmpty()) {
                    others.put(byLabel.get(label), flags);
                }
            });
        }
        own.sort(Comparator.comparingInt(SourcingFlag::start));
        return new Comparison(own, others, Map.copyOf(byLabel));
    }

    /** Sets the new (persisted) article's flags and adds the variant flags to the earlier articles. */
    void apply(Article article, Comparison comparison) {
        String label = label(article.id, article.title);
        Map<String, Long> ids = comparison.ids();
        // spellings name articles by label: the new article's own spellings point to itself (null) or to an
        // earlier article; an earlier article's point to the new one, to itself (null) or to a third article
        article.flags = new ArrayList<>(FlagMapping.toStored(named(comparison.own(), label), ids::get));
        comparison.earlier().forEach((id, flags) -> {
            Article other = Article.findById(id);
            if (other != null) {
                merge(other, named(flags, label), l -> NEW_ARTICLE.equals(l) ? article.id
                        : Objects.equals(ids.get(l), id) ? null : ids.get(l));
            }
        });
    }

    private static List<SourcingFlag> named(List<SourcingFlag> flags, String label) {
        return flags.stream().map(f -> f.note() == null || !f.note().contains(NEW_ARTICLE) ? f
                : new SourcingFlag(f.kind(), f.trigger(), f.start(), f.end(), f.note().replace(NEW_ARTICLE, label),
                        f.spellings()))
                .toList();
    }

    /** Replaces the earlier article's variant flags at the same places; keeps everything else. */
    private static void merge(Article article, List<SourcingFlag> variants, Function<String, Long> articleIds) {
        List<Flag> fresh = FlagMapping.toStored(variants, articleIds);
        List<Flag> merged = new ArrayList<>(article.flags.stream()
                .filter(f -> fresh.stream().noneMatch(n -> n.kind().equals(f.kind()) && n.start() == f.start()))
                .toList());
        merged.addAll(fresh);
        merged.sort(Comparator.comparingInt(Flag::start));
        article.flags = merged; // a new list, so the JSON column is seen as changed
    }

    private static String label(long id, String title) {
        String shown = title == null ? "" : title;
        return "article " + id + " (“" + (shown.length() <= 60 ? shown : shown.substring(0, 59) + "…") + "”)";
    }
}
