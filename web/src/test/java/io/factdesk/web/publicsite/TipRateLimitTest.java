package io.factdesk.web.publicsite;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.factdesk.web.support.FormReturns;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The tip limit holds under concurrency: of 20 tips one client sends at the same moment, through the API or the
 * page form (one service, one limit), exactly the limit is accepted and the rest get 429.
 */
@QuarkusTest
@TestProfile(TipRateLimitTest.LimitOfFive.class)
class TipRateLimitTest {

    static final int LIMIT = 5;
    private static final int PARALLEL = 20;

    public static class LimitOfFive implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("factdesk.tips.rate-limit.max", String.valueOf(LIMIT));
        }
    }

    @Test
    void exactlyTheLimitOfParallelApiTipsIsAccepted() throws Exception {
        String client = "192.0.2." + ThreadLocalRandom.current().nextInt(1, 255);
        List<Integer> statuses = inParallel(() -> given().header("X-Forwarded-For", client)
                .contentType(ContentType.JSON).body(Map.of("text", "Parallel tip"))
                .post("/api/v1/tips").statusCode());
        assertThat(statuses).containsOnly(202, 429);
        assertThat(statuses).filteredOn(s -> s == 202).hasSize(LIMIT);
    }

    @Test
    void exactlyTheLimitOfParallelFormTipsIsAccepted() throws Exception {
        String client = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
        Response form = given().get("/tips/new");
        String cookie = form.getCookie("factdesk-csrf");
        String token = form.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        List<String> statuses = inParallel(() -> given().header("X-Forwarded-For", client).redirects().follow(false)
                .cookie("factdesk-csrf", cookie).formParam("csrf-token", token)
                .formParam("text", "Parallel form tip").post("/tips").header("Location"));
        assertThat(statuses).allSatisfy(location -> assertThat(location).matches(".*/tips/(thanks|new\\?returned=tip)"));
        assertThat(statuses).filteredOn(location -> location.endsWith("/tips/thanks")).hasSize(LIMIT);
    }

    @Test
    void theFormAndTheApiShareOneLimitPerClient() {
        String client = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
        for (int i = 0; i < LIMIT; i++) {
            given().header("X-Forwarded-For", client).contentType(ContentType.JSON)
                    .body(Map.of("text", "Tip " + i)).post("/api/v1/tips").then().statusCode(202);
        }
        Response form = given().get("/tips/new");
        Response posted = given().header("X-Forwarded-For", client).redirects().follow(false)
                .cookie("factdesk-csrf", form.getCookie("factdesk-csrf"))
                .formParam("csrf-token", form.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value"))
                .formParam("text", "One too many").post("/tips");
        FormReturns.followed(posted, "/tips/new", "tip", 429)
                .body(containsString(">One too many</textarea>"));
    }

    static <T> List<T> inParallel(Callable<T> post) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> results = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return post.call();
                }));
            }
            start.countDown();
            List<T> statuses = new ArrayList<>();
            for (Future<T> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
