package io.factdesk.verification.webhook;

import io.factdesk.core.common.WebUrl;
import io.factdesk.core.audit.OrganisationEvent;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.core.webhook.Webhook;
import io.factdesk.core.webhook.WebhookDelivery;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.common.NotPermitted;
import io.factdesk.verification.common.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** An organisation's webhooks, managed by its admins. */
@ApplicationScoped
public class Webhooks {

    @Inject
    WebhookConfig config;

    @Inject
    WebhookTargets targets;

    @Inject
    WebhookSecrets secrets;

    private final SecureRandom random = new SecureRandom();

    @Transactional
    public List<Webhook> list(Actor actor) {
        NotPermitted.unlessHas(actor, StaffRole.ADMIN);
        return Webhook.of(organisation(actor));
    }

    /**
     * Registers an endpoint for the given event names. Its signing secret is generated here and returned this once;
     * only its encrypted form is stored.
     */
    @Transactional
    public IssuedSecret create(Actor actor, String url, Collection<String> events) {
        NotPermitted.unlessHas(actor, StaffRole.ADMIN);
        Organisation organisation = organisation(actor);
        URI target = validUrl(url);
        targets.refuseUnreachable(target);
        Set<String> names = validEvents(events);
        if (Webhook.count("organisation", organisation) >= config.perOrganisation()) {
            throw InvalidInput.of("url", "webhook_limit", config.perOrganisation());
        }
        Webhook webhook = new Webhook();
        webhook.organisation = organisation;
        webhook.url = target.toString();
        webhook.events = String.join(",", names);
        String secret = newSecret();
        webhook.sealedSecret = secrets.seal(secret);
        webhook.createdBy = actor.username();
        webhook.persist();
        OrganisationEvent.record(organisation, "WebhookAdded", actor.username(),
                webhook.url + " (" + webhook.events + ")");
        return new IssuedSecret(webhook, secret);
    }

    /**
     * Replaces the webhook's signing secret, returned this once. Deliveries sent from now on, pending retries
     * included, are signed with the new one.
     */
    @Transactional
    public IssuedSecret rotateSecret(Actor actor, long id) {
        Webhook webhook = find(actor, id);
        String secret = newSecret();
        webhook.sealedSecret = secrets.seal(secret);
        webhook.legacySecret = null;
        OrganisationEvent.record(webhook.organisation, "WebhookSecretRotated", actor.username(), webhook.url);
        return new IssuedSecret(webhook, secret);
    }

    /** Removes a webhook and its delivery history; pending deliveries are not sent. */
    @Transactional
    public void delete(Actor actor, long id) {
        Webhook webhook = find(actor, id);
        OrganisationEvent.record(webhook.organisation, "WebhookRemoved", actor.username(), webhook.url);
        webhook.delete();
    }

    /** The webhook's latest deliveries, newest first. */
    @Transactional
    public List<WebhookDelivery> deliveries(Actor actor, long id, int limit) {
        return WebhookDelivery.latest(find(actor, id), Math.max(1, Math.min(limit, 100)));
    }

    @Transactional
    public Webhook find(Actor actor, long id) {
        NotPermitted.unlessHas(actor, StaffRole.ADMIN);
        Webhook webhook = Webhook.findById(id);
        if (webhook == null || !actor.belongsTo(webhook.organisation)) {
            throw new NotFound("webhook", id);
        }
        return webhook;
    }

    /** The scheme, host and length rules of every stored link ({@link WebUrl}); blank gets its own message. */
    static URI validUrl(String url) {
        if (url == null || url.isBlank()) {
            throw InvalidInput.of("url", "webhook_address");
        }
        return URI.create(Texts.optionalUrl("url", url));
    }

    static Set<String> validEvents(Collection<String> events) {
        if (events == null || events.isEmpty()) {
            throw InvalidInput.of("events", "no_event");
        }
        Set<String> names = new LinkedHashSet<>();
        for (String event : events) {
            String name = event == null ? "" : event.strip();
            if (WebhookEvent.byWireName(name).isEmpty()) {
                throw InvalidInput.of("events", "unknown_event", name,
                        java.util.Arrays.stream(WebhookEvent.values()).map(WebhookEvent::wireName)
                                .collect(Collectors.joining(", ")));
            }
            names.add(name);
        }
        return names;
    }

    private String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Organisation organisation(Actor actor) {
        return Organisation.findById(actor.organisation().id);
    }
}
