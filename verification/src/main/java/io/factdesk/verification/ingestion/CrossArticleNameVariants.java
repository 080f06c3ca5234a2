package io.factdesk.verification.ingestion;

import io.factdesk.core.article.Article;
import io.factdesk.core.article.Flag;
import io.factdesk.verification.analysis.ArticleAnalyser;
import io.factdesk.verification.analysis.ArticleAnalysis;
import io.factdesk.verification.sourcing.FlagKind;
import io.factdesk.verification.sourcing.SourcingFlag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares a newly imported article with the organisation's recent articles for people named two ways, and
 * flags both sides: the new article gets the variant with a note naming the earlier article, and the earlier
 * article gets it too, so the desk shows the inconsistency wherever a reviewer looks first.
 */
final class CrossArticleNameVariants {

    /** How many earlier articles of the organisation a new import is compared with. */
    static final int WINDOW = 200;

    private final ArticleAnalyser analyser;

    CrossArticleNameVariants(ArticleAnalyser analyser) {
        this.analyser = analyser;
    }

    /** Sets the new (persisted) article's flags and adds new variant flags to the earlier articles. */
    void apply(Article article, ArticleAnalysis analysis) {
        List<Article> earlier = Article.find("organisation = ?1 and id <> ?2 order by importedAt desc, id desc",
                article.organisation, article.id).page(0, WINDOW).list();
        List<SourcingFlag> own = new ArrayList<>(analysis.articleFlags());
        if (!earlier.isEmpty()) {
            Map<String, Article> byLabel = new HashMap<>();
            List<ArticleText> texts = new ArrayList<>();
            texts.add(ArticleText.of(label(article), analysis.text()));
            for (Article other : earlier) {
                byLabel.put(label(other), other);
                texts.add(ArticleText.of(label(other), other.body));
            }
            Map<String, List<SourcingFlag>> variants = analyser.flagNameVariants(texts);
            // The comparison includes the variants inside the new article, so those are replaced, not doubled.
            own.removeIf(f -> f.kind() == FlagKind.NAME_VARIANT);
            own.addAll(variants.getOrDefault(label(article), List.of()));
            variants.forEach((label, flags) -> {
                if (byLabel.containsKey(label) && !flags.isEmpty()) {
                    merge(byLabel.get(label), flags);
                }
            });
        }
        own.sort(Comparator.comparingInt(SourcingFlag::start));
        article.flags = new ArrayList<>(FlagMapping.toStored(own));
    }

    /** Replaces the earlier article's variant flags at the same places; keeps everything else. */
    private static void merge(Article article, List<SourcingFlag> variants) {
        List<Flag> fresh = FlagMapping.toStored(variants);
        List<Flag> merged = new ArrayList<>(article.flags.stream()
                .filter(f -> fresh.stream().noneMatch(n -> n.kind().equals(f.kind()) && n.start() == f.start()))
                .toList());
        merged.addAll(fresh);
        merged.sort(Comparator.comparingInt(Flag::start));
        article.flags = merged; // a new list, so the JSON column is seen as changed
    }

    private static String label(Article article) {
        String title = article.title == null ? "" : article.title;
        return "article " + article.id + " (“" + (title.length() <= 60 ? title : title.substring(0, 59) + "…")
                + "”)";
    }
}
