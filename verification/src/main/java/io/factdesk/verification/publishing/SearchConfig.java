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
}
