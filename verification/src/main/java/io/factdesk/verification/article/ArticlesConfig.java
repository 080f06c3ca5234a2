package io.factdesk.verification.article;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Analysing imported articles: {@code factdesk.articles.*}. */
@ConfigMapping(prefix = "factdesk.articles")
public interface ArticlesConfig {

    /**
     * The longest the analysis of one import may take (segmentation, scoring, sourcing flags and the comparison
     * with earlier articles); an import whose analysis needs longer is refused with a field error on
     * {@code body} (HTTP 400) and nothing is stored.
     */
    @WithDefault("60s")
    Duration analysisBudget();
}
