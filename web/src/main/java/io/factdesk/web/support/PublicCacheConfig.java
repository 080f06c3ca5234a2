package io.factdesk.web.support;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Caching of the public pages, in browsers and in memory: {@code factdesk.public-cache.*}. */
@ConfigMapping(prefix = "factdesk.public-cache")
public interface PublicCacheConfig {

    /** Seconds browsers and shared caches may reuse a public page before revalidating it. */
    @WithDefault("60")
    int maxAge();

    /** How long a page's last-change time is reused before asking the database again; 0 asks every time. */
    @WithDefault("1S")
    Duration versionTtl();

    /** How many rendered public pages each node keeps, least recently used dropped first; 0 turns this off. */
    @WithDefault("2000")
    int renderedPages();

    /**
     * Whether verdict pages are stored in the database once rendered, for every instance's first reads
     * ({@code StoredVerdictPages}).
     */
    @WithDefault("true")
    boolean storedPages();
}
