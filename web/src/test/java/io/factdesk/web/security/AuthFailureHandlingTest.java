package io.factdesk.web.security;

import static io.factdesk.web.support.ManagementPort.management;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * {@link AuthFailureHandling} is in place before Quarkus REST's filter looks (so that filter skips its per-request
 * path mapping), and a failed authentication still reaches the API's problem details and the pages' login, and is
 * not counted in the metrics under an address of its own.
 */
@QuarkusTest
class AuthFailureHandlingTest {

    /** The authentication-failure handler a request carries once Quarkus REST's filter has run. */
    static final AtomicReference<Object> SEEN = new AtomicReference<>();

    /** Reads the handler right after Quarkus REST's filter (route order -199), on the methodology page only. */
    @ApplicationScoped
    static class AfterQuarkusRestsFilter {

        void install(@Observes Router router) {
            router.route("/methodology").order(AuthFailureHandling.ORDER + 1).handler(context -> {
                SEEN.set(context.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER));
                context.next();
            });
        }
    }

    @Test
    void quarkusRestFindsTheFailingHandlerAlreadyInPlace() {
        SEEN.set(null);
        given().get("/methodology").then().statusCode(200);
        assertThat(SEEN.get()).isSameAs(AuthFailureHandling.FAIL);
    }

    @Test
    void aFailedAuthenticationStillAnswersAsBefore() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").get("/api/v1/claims")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://factdesk.io/problems/unauthenticated"));
        given().redirects().follow(false).get("/desk").then().statusCode(302);
    }

    @Test
    void aFailedAuthenticationIsNotCountedUnderItsOwnAddress() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").get("/api/v1/claims/987654321")
                .then().statusCode(401);
        String metrics = management().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).doesNotContain("987654321")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"401\",uri=\"UNKNOWN\"");
    }
}
