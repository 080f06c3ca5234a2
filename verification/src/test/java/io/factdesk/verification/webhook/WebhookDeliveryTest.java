package io.factdesk.verification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.core.webhook.Webhook;
import io.factdesk.core.webhook.WebhookDelivery;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.common.NotPermitted;
import io.factdesk.verification.workflow.CorrectionDraft;
import io.factdesk.verification.workflow.Desk;
import io.factdesk.verification.workflow.ReviewWorkflow;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks end to end: a verdict change writes deliveries in its transaction, the background dispatcher POSTs
 * them to a real HTTP endpoint, signed, and retries a failed one.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private record Received(String event, String delivery, String signature, String body) {
    }

    @Inject
    Desk desk;

    @Inject
    ReviewWorkflow workflow;

    @Inject
    Webhooks webhooks;

    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    /** Statuses the receiver answers with, in order; 200 once they run out. */
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestHeaders().getFirst("X-Factdesk-Event"),
                    exchange.getRequestHeaders().getFirst("X-Factdesk-Delivery"),
                    exchange.getRequestHeaders().getFirst("X-Factdesk-Signature"), body));
            Integer status = answers.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private String hookUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    @Test
    void verdictChangesArePostedSignedAndAFailedDeliveryIsRetried() throws Exception {
        Organisation organisation = desk.organisation(1, 1);
        Actor admin = desk.staff(organisation, "ada", StaffRole.ADMIN);
        Actor editor = desk.editor(organisation, "emma");
        Webhook webhook = webhooks.create(admin, hookUrl(), List.of("verdict.published", "verdict.corrected"));
        Webhook reviewsOnly = webhooks.create(admin, hookUrl() + "?only=under-review",
                List.of("verdict.under-review"));
        answers.add(503);

        long id = desk.reviewed(organisation, desk.reviewer(organisation, "raj"), "The port handled a billion tonnes");
        workflow.approve(editor, id, null);

        await().atMost(Duration.ofSeconds(15)).until(() -> received.size() >= 2);
        Received first = received.get(0);
        Received retry = received.get(1);
        assertThat(retry.delivery()).isEqualTo(first.delivery());
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.event()).isEqualTo("verdict.published");
        assertThat(retry.signature()).isEqualTo("sha256=" + hmac(webhook.secret, retry.body()));
        JsonNode body = new ObjectMapper().readTree(retry.body());
        assertThat(body.get("event").asText()).isEqualTo("verdict.published");
        assertThat(body.get("organisation").asText()).isEqualTo(organisation.slug);
        assertThat(body.at("/verdict/claim").asText()).isEqualTo("The port handled a billion tonnes");
        assertThat(body.at("/verdict/revision").asInt()).isEqualTo(1);
        assertThat(body.at("/verdict/path").asText()).startsWith("/verdicts/");
        assertThat(body.at("/verdict/rating").asText()).isNotBlank();
        await().atMost(Duration.ofSeconds(5)).until(() -> deliveries(webhook).get(0).status
                == WebhookDelivery.Status.DELIVERED);
        WebhookDelivery delivered = deliveries(webhook).get(0);
        assertThat(delivered.attempts).isEqualTo(2);
        assertThat(delivered.lastStatus).isEqualTo(200);

        workflow.correct(editor, id, new CorrectionDraft("The figure was for two years.", "false", null, null, null),
                null);
        workflow.approveCorrection(desk.editor(organisation, "eli"), id, null);
        await().atMost(Duration.ofSeconds(15)).until(() -> received.size() >= 3);
        assertThat(received.get(2).event()).isEqualTo("verdict.corrected");
        assertThat(new ObjectMapper().readTree(received.get(2).body()).at("/verdict/revision").asInt()).isEqualTo(2);
        assertThat(deliveries(reviewsOnly)).as("a webhook gets only the events it asked for").isEmpty();
    }

    @Test
    void anEndpointThatNeverAnswersEndsFailedAfterTheLastAttempt() {
        Organisation organisation = desk.organisation(1, 1);
        Actor admin = desk.staff(organisation, "ada", StaffRole.ADMIN);
        Webhook webhook = webhooks.create(admin, hookUrl(), List.of("verdict.published"));
        receiver.stop(0); // nothing listens on the port any more

        long id = desk.reviewed(organisation, desk.reviewer(organisation, "raj"), "Ferries run every ten minutes");
        workflow.approve(desk.editor(organisation, "emma"), id, null);
        await().atMost(Duration.ofSeconds(10)).until(() -> !deliveries(webhook).isEmpty()
                && deliveries(webhook).get(0).attempts >= 1);
        assertThat(deliveries(webhook).get(0).lastError).isNotBlank();
        assertThat(deliveries(webhook).get(0).status).isEqualTo(WebhookDelivery.Status.PENDING);
        // Skip the back-off: the fifth attempt has failed, the sixth is due now.
        QuarkusTransaction.requiringNew().run(() -> WebhookDelivery.update(
                "attempts = ?1, nextAttemptAt = current_timestamp where webhook = ?2",
                WebhookDispatcher.MAX_ATTEMPTS - 1, Webhook.findById(webhook.id)));
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveries(webhook).get(0).status
                == WebhookDelivery.Status.FAILED);
        assertThat(deliveries(webhook).get(0).attempts).isEqualTo(WebhookDispatcher.MAX_ATTEMPTS);
    }

    @Test
    void onlyTheOrganisationsAdminsManageItsWebhooksAndBadInputIsRefused() {
        Organisation organisation = desk.organisation(1, 1);
        Actor admin = desk.staff(organisation, "ada", StaffRole.ADMIN);
        Organisation other = desk.organisation(1, 1);
        Actor otherAdmin = desk.staff(other, "oli", StaffRole.ADMIN);
        Webhook webhook = webhooks.create(admin, "https://cms.example/hooks/factdesk", List.of("verdict.published"));

        assertThatThrownBy(() -> webhooks.list(desk.editor(organisation, "emma"))).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> webhooks.find(otherAdmin, webhook.id)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> webhooks.delete(otherAdmin, webhook.id)).isInstanceOf(NotFound.class);
        assertThat(webhooks.list(otherAdmin)).isEmpty();
        for (String bad : new String[] {"", "ftp://cms.example/x", "https:///no-host", "not a url",
                "https://user:secret@cms.example/x"}) {
            assertThatThrownBy(() -> webhooks.create(admin, bad, List.of("verdict.published"))).as(bad)
                    .isInstanceOf(InvalidInput.class);
        }
        assertThatThrownBy(() -> webhooks.create(admin, "https://cms.example/x", List.of("claim.deleted")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("verdict.published");
        assertThatThrownBy(() -> webhooks.create(admin, "https://cms.example/x", List.of()))
                .isInstanceOf(InvalidInput.class);

        webhooks.delete(admin, webhook.id);
        assertThat(webhooks.list(admin)).isEmpty();
    }

    private static List<WebhookDelivery> deliveries(Webhook webhook) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<WebhookDelivery> list = WebhookDelivery.list("webhook.id = ?1 order by id", webhook.id);
            list.forEach(d -> d.webhook.url.length()); // loaded while the transaction is open
            return list;
        });
    }

    private static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        StringBuilder hex = new StringBuilder();
        for (byte b : mac.doFinal(body.getBytes(StandardCharsets.UTF_8))) {
            hex.append(String.format("%02x", b));
        }
        return hex.toString();
    }
}
