package io.factdesk.web.desk;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Unsaved desk forms kept for later: {@code factdesk.drafts.*}. */
@ConfigMapping(prefix = "factdesk.drafts")
public interface DraftsConfig {

    /** Drafts not saved for this long are removed. */
    @WithDefault("P30D")
    Duration retention();
}
