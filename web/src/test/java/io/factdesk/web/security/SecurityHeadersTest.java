package io.factdesk.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.web.support.DemoLogins;
import io.factdesk.web.support.Verdicts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The headers of a public site on every kind of answer: pages (also from memory), files, errors, the desk. */
@QuarkusTest
class SecurityHeadersTest {

    @Inject
    Verdicts verdicts;

    @Test
    void everyAnswerCarriesAStrictPolicyAndNoSniffing() {
        String slug = verdicts.publish("The harbour was dredged twice last year", "Port Authority", "false",
                "Dredging log 2025", "Once, in March.");
        List<String> paths = List.of("/", "/verdicts/" + slug, "/verdicts/" + slug, "/search?q=harbour",
                "/methodology", "/tips/new", "/feed.atom", "/css/site.css", "/no-such-page", "/verdicts/no-such",
                "/desk", "/api/v1/verdicts?page=1");
        for (String path : paths) {
            ExtractableResponse<Response> answer = given().redirects().follow(false).get(path).then().extract();
            assertPolicy(path, answer);
            assertThat(answer.header("Strict-Transport-Security")).as("HSTS over plain HTTP on %s", path).isNull();
        }
    }

    @Test
    void theVerdictPageStaysPubliclyCacheable() {
        String slug = verdicts.publish("Tram tickets cost more than taxis", "Transit Watch", "false",
                "Fare tables 2025", "A tram ticket costs a tenth of the fare.");
        given().get("/verdicts/" + slug).then().statusCode(200);
        ExtractableResponse<Response> fromMemory = given().get("/verdicts/" + slug).then().statusCode(200).extract();
        assertThat(fromMemory.header("Cache-Control")).contains("max-age=60").doesNotContain("no-store");
        assertPolicy("verdict from memory", fromMemory);
    }

    @Test
    void httpsAsReportedByTheProxyAddsStrictTransportSecurity() {
        for (String path : List.of("/", "/css/site.css", "/no-such-page")) {
            given().header("X-Forwarded-Proto", "https").redirects().follow(false).get(path)
                    .then().header("Strict-Transport-Security", "max-age=31536000");
        }
    }

    @Test
    @TestSecurity(user = "editor", roles = {"editor", "reviewer"})
    void deskPagesAreNeverStored() {
        for (String path : List.of("/desk", "/desk/articles", "/desk/dashboard")) {
            ExtractableResponse<Response> answer = given().get(path).then().statusCode(200).extract();
            assertThat(answer.header("Cache-Control")).as(path).isEqualTo("no-store");
            assertPolicy(path, answer);
        }
    }

    @Test
    void answersToATokenAreNeverStored() {
        given().auth().oauth2(DemoLogins.accessToken("editor")).get("/api/v1/me")
                .then().statusCode(200).header("Cache-Control", "no-store");
    }

    private static void assertPolicy(String path, ExtractableResponse<Response> answer) {
        String policy = answer.header("Content-Security-Policy");
        assertThat(policy).as("CSP of %s", path).isNotNull()
                .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
                        "base-uri 'self'", "frame-ancestors 'none'")
                .containsPattern("form-action 'self'( https?://[^;]+)?;")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
        assertThat(answer.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        assertThat(answer.header("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
        assertThat(answer.header("X-Frame-Options")).as(path).isEqualTo("DENY");
    }
}
