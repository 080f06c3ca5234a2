package io.factdesk.verification.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one place that drops the public address's trailing slash, for e-mails, ClaimReview data and feeds. */
class SiteConfigTest {

    @Test
    void theBaseHasNoTrailingSlashWhetherOrNotTheSettingEndsWithOne() {
        SiteConfig withSlash = () -> "https://factdesk.example/";
        SiteConfig without = () -> "https://factdesk.example";

        assertThat(withSlash.base()).isEqualTo("https://factdesk.example");
        assertThat(without.base()).isEqualTo("https://factdesk.example");
    }
}
