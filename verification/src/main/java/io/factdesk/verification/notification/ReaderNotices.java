package io.factdesk.verification.notification;

import io.factdesk.core.notification.MailDelivery;
import io.factdesk.core.tip.Tip;
import io.factdesk.core.verdict.Verdict;
import io.factdesk.verification.common.SiteConfig;
import io.factdesk.verification.webhook.VerdictChanged;
import io.factdesk.verification.webhook.WebhookEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Tells readers who asked to be told: when a verdict is published, every tip linked to its claim that carries a
 * consented address gets one e-mail queued, in the publication's transaction, and the address is erased from the
 * tip at once (and from the queued e-mail once it is sent).
 */
@ApplicationScoped
public class ReaderNotices {

    @Inject
    SiteConfig site;

    void onVerdictChanged(@Observes VerdictChanged change) {
        if (change.event() != WebhookEvent.VERDICT_PUBLISHED) {
            return;
        }
        Verdict verdict = change.verdict();
        String base = site.base();
        for (Tip tip : Tip.<Tip>list("claim = ?1 and notifyEmail is not null", verdict.claim)) {
            MailTexts.Mail mail = MailTexts.reader(tip.notifyLanguage, verdict.claim.text,
                    base + "/verdicts/" + verdict.slug);
            MailDelivery.queue(tip.notifyEmail, mail.subject(), mail.body());
            tip.notifyEmail = null;
        }
    }
}
