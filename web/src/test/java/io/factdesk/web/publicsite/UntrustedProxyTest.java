package io.factdesk.web.publicsite;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * X-Forwarded-For counts only when a trusted proxy sends it: here the only trusted proxy is elsewhere, so a
 * client that claims a new address with every request still fills its own (socket address) bucket.
 */
@QuarkusTest
@TestProfile(UntrustedProxyTest.ProxyElsewhere.class)
class UntrustedProxyTest {

    public static class ProxyElsewhere implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.trusted-proxies", "10.9.9.9",
                    "factdesk.tips.rate-limit.max", String.valueOf(TipRateLimitTest.LIMIT));
        }
    }

    @Test
    void forgedForwardingHeadersDoNotOpenNewBuckets() {
        int accepted = 0;
        for (int i = 1; i <= TipRateLimitTest.LIMIT + 1; i++) {
            int status = given().header("X-Forwarded-For", "192.0.2." + i).contentType(ContentType.JSON)
                    .body(Map.of("text", "Tip " + i)).post("/api/v1/tips").statusCode();
            assertThat(status).isIn(202, 429);
            accepted += status == 202 ? 1 : 0;
        }
        assertThat(accepted).isLessThanOrEqualTo(TipRateLimitTest.LIMIT);
    }
}
