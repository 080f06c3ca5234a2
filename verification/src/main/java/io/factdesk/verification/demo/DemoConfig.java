package io.factdesk.verification.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The demo data: {@code factdesk.demo-data.*}. */
@ConfigMapping(prefix = "factdesk.demo-data")
public interface DemoConfig {

    /** Seeds the demo organisation, staff, claims and articles at start-up; on in dev mode and tests. */
    @WithDefault("false")
    boolean enabled();
}
