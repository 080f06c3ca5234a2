package io.factdesk.api.webhook;

import static io.factdesk.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.factdesk.core.webhook.Webhook;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookApiTest {

    private static JsonPath register(String url) {
        return as("admin").body(Map.of("url", url, "events", List.of("verdict.published")))
                .post("/api/v1/webhooks").then().statusCode(201)
                .header("Cache-Control", "no-store")
                .extract().jsonPath();
    }

    private static Object column(String name, long id) {
        return QuarkusTransaction.requiringNew().call(() -> Webhook.getEntityManager()
                .createNativeQuery("select " + name + " from webhook where id = ?1").setParameter(1, id)
                .getSingleResult());
    }

    @Test
    void theSecretIsShownInTheAnswerThatIssuedItOnlyAndIsStoredEncrypted() {
        JsonPath created = register("https://hooks.example/once-" + UUID.randomUUID());
        long id = created.getLong("id");
        String secret = created.getString("secret");
        assertThat(secret).hasSizeGreaterThanOrEqualTo(40);

        as("admin").get("/api/v1/webhooks").then().statusCode(200)
                .body(not(containsString(secret))).body(not(containsString("\"secret\"")));
        as("admin").get("/api/v1/webhooks/" + id).then().statusCode(200)
                .body(not(containsString(secret))).body(not(containsString("\"secret\"")));
        String stored = (String) column("sealed_secret", id);
        assertThat(stored).isNotBlank().doesNotContain(secret).isNotEqualTo(secret);
        assertThat(column("legacy_secret", id)).isNull();

        String rotated = as("admin").post("/api/v1/webhooks/" + id + "/secret").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("id", equalTo((int) id))
                .extract().jsonPath().getString("secret");
        assertThat(rotated).isNotBlank().isNotEqualTo(secret);
        as("admin").get("/api/v1/webhooks/" + id).then().statusCode(200)
                .body(not(containsString(rotated))).body(not(containsString(secret)));
        assertThat((String) column("sealed_secret", id)).isNotEqualTo(stored).doesNotContain(rotated);
    }

    @Test
    void plainHttpAndInternalTargetsAreRefusedWithAProblemNamingTheUrl() {
        for (String url : new String[] {"http://hooks.example/plain", "https://169.254.169.254/latest/meta-data/",
                "https://[::1]/x", "https://10.1.2.3/x", "https://localhost/x", "https://2130706433/x"}) {
            as("admin").body(Map.of("url", url, "events", List.of("verdict.published")))
                    .post("/api/v1/webhooks").then().statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("violations[0].field", equalTo("url"));
        }
    }

    @Test
    void rotatingAWebhookThatIsNotThereIsNotFound() {
        long id = register("https://hooks.example/other-" + UUID.randomUUID()).getLong("id");

        as("admin").post("/api/v1/webhooks/" + (id + 100_000) + "/secret").then().statusCode(404);
    }
}
