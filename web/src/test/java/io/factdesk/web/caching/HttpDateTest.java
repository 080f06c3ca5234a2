package io.factdesk.web.caching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import org.jboss.resteasy.reactive.common.util.DateUtil;
import org.junit.jupiter.api.Test;

/** Last-Modified is written by {@link PublicCaching#HTTP_DATE} exactly as the REST layer wrote it from a Date. */
class HttpDateTest {

    @Test
    void sameTextAsTheRestLayerWrote() {
        for (String instant : new String[] {"2026-12-07T09:05:03Z", "1970-01-01T00:00:00Z", "2025-03-01T23:59:59Z",
                "2024-02-29T12:00:00Z", "2031-11-30T00:00:01Z"}) {
            Instant at = Instant.parse(instant);
            assertThat(PublicCaching.HTTP_DATE.format(at)).isEqualTo(DateUtil.formatDate(Date.from(at)));
        }
        assertThat(PublicCaching.HTTP_DATE.format(Instant.parse("2026-12-07T09:05:03Z")))
                .isEqualTo("Mon, 07 Dec 2026 09:05:03 GMT");
    }
}
