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
import io.quarkus.runtime.StartupEvent;
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

    @Inject
    WebhookSecrets secrets;

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
        IssuedSecret issued = webhooks.create(admin, hookUrl(), List.of("verdict.published", "verdict.corrected"));
        Webhook webhook = issued.webhook();
        Webhook reviewsOnly = webhooks.create(admin, hookUrl() + "?only=under-review",
                List.of("verdict.under-review")).webhook();
        answers.add(503);

        long id = desk.reviewed(organisation, desk.reviewer(organisation, "raj"), "The port handled a billion tonnes");
        workflow.approve(editor, id, null);

        await().atMost(Duration.ofSeconds(15)).until(() -> received.size() >= 2);
        Received first = received.get(0);
        Received retry = received.get(1);
        assertThat(retry.delivery()).isEqualTo(first.delivery());
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.event()).isEqualTo("verdict.published");
        assertThat(retry.signature()).isEqualTo("sha256=" + hmac(issued.secret(), retry.body()));
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
    void aSecretStoredInClearByAnEarlierVersionIsEncryptedAndStillSigns() throws Exception {
        Organisation organisation = desk.organisation(1, 1);
        Actor admin = desk.staff(organisation, "ada", StaffRole.ADMIN);
        Webhook webhook = webhooks.create(admin, hookUrl(), List.of("verdict.published", "verdict.corrected"))
                .webhook();
        String legacy = "legacy-secret-stored-in-clear-0123456789";
        QuarkusTransaction.requiringNew().run(() -> Webhook.update(
                "legacySecret = ?1, sealedSecret = null where id = ?2", legacy, webhook.id));

        assertThat(secrets.sealLegacySecrets()).isGreaterThanOrEqualTo(1);

        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) Webhook.getEntityManager()
                .createNativeQuery("select sealed_secret, legacy_secret from webhook where id = ?1")
                .setParameter(1, webhook.id).getSingleResult());
        assertThat((String) row[0]).isNotBlank().doesNotContain(legacy);
        assertThat(row[1]).isNull();
        long id = desk.reviewed(organisation, desk.reviewer(organisation, "raj"), "Tram fares fell by half");
        workflow.approve(desk.editor(organisation, "emma"), id, null);
        await().atMost(Duration.ofSeconds(15)).until(() -> !received.isEmpty());
        assertThat(received.get(0).signature()).isEqualTo("sha256=" + hmac(legacy, received.get(0).body()));

        String rotated = webhooks.rotateSecret(admin, webhook.id).secret();
        workflow.correct(desk.editor(organisation, "emma"), id,
                new CorrectionDraft("Fares fell by a third.", "false", null, null, null), null);
        workflow.approveCorrection(desk.editor(organisation, "eli"), id, null);
        await().atMost(Duration.ofSeconds(15)).until(() -> received.size() >= 2);
        assertThat(rotated).isNotEqualTo(legacy);
        assertThat(received.get(1).signature()).isEqualTo("sha256=" + hmac(rotated, received.get(1).body()));
    }

    @Test
    void theStartUpSealsSecretsStoredInClearInTheBackground() {
        Organisation organisation = desk.organisation(1, 1);
        Actor admin = desk.staff(organisation, "ada", StaffRole.ADMIN);
        Webhook webhook = webhooks.create(admin, hookUrl(), List.of("verdict.published")).webhook();
        String legacy = "legacy-secret-found-at-start-0123456789";
        QuarkusTransaction.requiringNew().run(() -> Webhook.update(
                "legacySecret = ?1, sealedSecret = null where id = ?2", legacy, webhook.id));

        secrets.sealLegacySecrets((StartupEvent) null);

        await().atMost(Duration.ofSeconds(15)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> Webhook.<Webhook>findById(webhook.id).legacySecret == null));
        Webhook sealed = QuarkusTransaction.requiringNew().call(() -> Webhook.<Webhook>findById(webhook.id));
        assertThat(sealed.sealedSecret).isNotBlank().doesNotContain(legacy);
        assertThat(secrets.open(sealed)).isEqualTo(legacy);
    }

    @Test
    void aSecretThatCannotBeDecryptedSignsNothingAndSaysSo() {
        Organisation organisation = desk.organisation(1, 1);
        Actor admin = desk.staff(organisation, "ada", StaffRole.ADMIN);
        Webhook webhook = webhooks.create(admin, hookUrl(), List.of("verdict.published")).webhook();
        // Sealed with another key, as after a change of FACTDESK_WEBHOOK_SECRET_KEY.
        String foreign = new WebhookSecrets(java.util.Optional.of("some-other-key-of-thirty-two-characters"))
                .seal("secret-sealed-elsewhere-0123456789");
        QuarkusTransaction.requiringNew().run(() -> Webhook.update("sealedSecret = ?1 where id = ?2", foreign,
                webhook.id));

        long id = desk.reviewed(organisation, desk.reviewer(organisation, "raj"), "Bus lanes doubled in a year");
        workflow.approve(desk.editor(organisation, "emma"), id, null);
        await().atMost(Duration.ofSeconds(10)).until(() -> !deliveries(webhook).isEmpty()
                && deliveries(webhook).get(0).attempts >= 1);

        assertThat(deliveries(webhook).get(0).lastError).isEqualTo("failed: signing secret unreadable, rotate it");
        assertThat(received).isEmpty();
    }

    @Test
    void anEndpointThatNeverAnswersEndsFailedAfterTheLastAttempt() {
        Organisation organisation = desk.organisation(1, 1);
        Actor admin = desk.staff(organisation, "ada", StaffRole.ADMIN);
        Webhook webhook = webhooks.create(admin, hookUrl(), List.of("verdict.published")).webhook();
        receiver.stop(0); // nothing listens on the port any more

        long id = desk.reviewed(organisation, desk.reviewer(organisation, "raj"), "Ferries run every ten minutes");
        workflow.approve(desk.editor(organisation, "emma"), id, null);
        await().atMost(Duration.ofSeconds(10)).until(() -> !deliveries(webhook).isEmpty()
                && deliveries(webhook).get(0).attempts >= 1);
        assertThat(deliveries(webhook).get(0).lastError).isEqualTo("failed: could not connect");
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
    void aWebhookToAnInternalAddressIsRefusedAtDeliveryWithoutDetails() {
        Organisation organisation = desk.organisation(1, 1);
        Actor admin = desk.staff(organisation, "ada", StaffRole.ADMIN);
        Webhook webhook = webhooks.create(admin, hookUrl(), List.of("verdict.published")).webhook();
        // Registered before the address rules existed: the same receiver, under a name that is not allow-listed.
        QuarkusTransaction.requiringNew().run(() -> Webhook.update("url = ?1 where id = ?2",
                "https://localhost:" + receiver.getAddress().getPort() + "/hook", webhook.id));

        long id = desk.reviewed(organisation, desk.reviewer(organisation, "raj"), "The bridge cost a billion");
        workflow.approve(desk.editor(organisation, "emma"), id, null);
        await().atMost(Duration.ofSeconds(10)).until(() -> !deliveries(webhook).isEmpty()
                && deliveries(webhook).get(0).attempts >= 1);

        assertThat(deliveries(webhook).get(0).lastError).isEqualTo("refused: address not allowed");
        assertThat(deliveries(webhook).get(0).lastStatus).isNull();
        assertThat(received).isEmpty();
    }

    @Test
    void onlyTheOrganisationsAdminsManageItsWebhooksAndBadInputIsRefused() {
        Organisation organisation = desk.organisation(1, 1);
        Actor admin = desk.staff(organisation, "ada", StaffRole.ADMIN);
        Organisation other = desk.organisation(1, 1);
        Actor otherAdmin = desk.staff(other, "oli", StaffRole.ADMIN);
        Webhook webhook = webhooks.create(admin, "https://cms.example/hooks/factdesk", List.of("verdict.published"))
                .webhook();

        assertThatThrownBy(() -> webhooks.list(desk.editor(organisation, "emma"))).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> webhooks.find(otherAdmin, webhook.id)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> webhooks.delete(otherAdmin, webhook.id)).isInstanceOf(NotFound.class);
        assertThat(webhooks.list(otherAdmin)).isEmpty();
        for (String bad : new String[] {"", "ftp://cms.example/x", "https:///no-host", "not a url",
                "https://user:secret@cms.example/x"}) {
            assertThatThrownBy(() -> webhooks.create(admin, bad, List.of("verdict.published"))).as(bad)
                    .isInstanceOf(InvalidInput.class);
        }
        assertThatThrownBy(() -> webhooks.create(admin, "http://cms.example/x", List.of("verdict.published")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("https://");
        for (String internal : new String[] {"https://127.0.0.2/x", "https://localhost/x", "https://[::1]/x",
                "https://169.254.169.254/latest/meta-data/", "https://10.0.0.5/x", "https://192.168.1.1/x",
                "https://[::ffff:10.0.0.1]/x", "https://2130706433/x", "https://0177.0.0.1/x"}) {
            assertThatThrownBy(() -> webhooks.create(admin, internal, List.of("verdict.published"))).as(internal)
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("url"))
                    .hasMessageContaining("public internet addresses");
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
