package io.factdesk.verification.publishing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The public search: {@code factdesk.search.*}. */
@ConfigMapping(prefix = "factdesk.search")
public interface SearchConfig {

    /**
     * The count of a search stops here (and the reader sees "more than 1,000"), unless the page asked for lies
     * further: counting every match of a common word would cost more than finding the page itself.
     */
    @WithDefault("1000")
    int countCap();

    /**
     * How long an instance reuses the search form's choices (organisations, ratings and content languages that have
     * published verdicts): finding the languages reads every current revision (about 150 ms at 100,000 verdicts),
     * and every uncached search page shows the form. A language or organisation that publishes its first verdict
     * appears in the form this much later. Tests and dev mode use 0 (read every time).
     */
    @WithDefault("60S")
    java.time.Duration filterChoicesTtl();
}
