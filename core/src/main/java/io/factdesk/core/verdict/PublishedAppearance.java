package io.factdesk.core.verdict;

import io.factdesk.core.claim.Appearance;
import java.time.LocalDate;

/**
 * Where the claim was seen, as it stood when a verdict revision was approved; part of the revision's public
 * snapshot. The article's URL, title and outlet are copied too, so later edits of the article change nothing public.
 */
public record PublishedAppearance(String url, String articleUrl, String articleTitle, String quote, String outlet,
        LocalDate appearedOn) {

    public static PublishedAppearance of(Appearance appearance) {
        var article = appearance.article;
        String outlet = appearance.outlet != null ? appearance.outlet : article != null ? article.outlet : null;
        return new PublishedAppearance(appearance.url, article == null ? null : article.url,
                article == null ? null : article.title, appearance.quote, outlet, appearance.appearedOn);
    }

    /** The appearance's own URL, else its article's. */
    public String anyUrl() {
        return url != null && !url.isBlank() ? url : articleUrl;
    }
}
