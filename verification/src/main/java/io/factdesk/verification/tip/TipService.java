package io.factdesk.verification.tip;

import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.core.tip.Tip;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.common.NotPermitted;
import io.factdesk.verification.common.PageRequest;
import io.factdesk.verification.common.RateLimited;
import io.factdesk.verification.common.Paged;
import io.factdesk.verification.common.Texts;
import io.factdesk.verification.notification.StaffDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Anonymous tips from readers. Rate-limited per client: the limit is counted in the database, keyed on a salted
 * hash of the client's address (never the address itself), so several app nodes share one limit. Counting and
 * storing happen under a transaction-scoped advisory lock on the client key, so simultaneous tips from one client
 * (on any node) are counted one after the other and never more than the limit get in.
 */
@ApplicationScoped
public class TipService {

    /** First key of the advisory locks that serialise one client's tips ("Tips" in ASCII), apart from others. */
    private static final int TIP_LOCK_CLASS = 0x54697073;

    @Inject
    TipConfig config;

    /** The languages the reader's e-mail is written in (mails_uk.properties next to mails.properties). */
    static final java.util.Set<String> MAIL_LANGUAGES = java.util.Set.of("en", "uk");

    /**
     * Stores a tip unless the client is over the limit.
     *
     * @param clientAddress the sender's address (only its salted hash is stored)
     * @param honeypot the value of the form's hidden field; a filled one means a bot: acknowledged, not stored
     * @throws RateLimited when the client sent too many tips within the window
     */
    @Transactional
    public TipReceipt submit(TipDraft draft, String clientAddress, String honeypot) {
        if (draft == null) {
            throw InvalidInput.of("text", "blank");
        }
        Tip tip = new Tip();
        tip.text = Texts.required("text", draft.text(), 2000);
        tip.url = Texts.optionalUrl("url", draft.url());
        tip.contact = Texts.optional("contact", draft.contact(), 300);
        if (draft.notifyWhenPublished()) {
            // Kept only with the reader's consent; erased once the one e-mail is queued (ReaderNotices).
            tip.notifyEmail = StaffDirectory.usable(tip.contact);
            if (tip.notifyEmail == null) {
                throw InvalidInput.of("contact", "contact_needed");
            }
            tip.notifyLanguage = draft.language() != null && MAIL_LANGUAGES.contains(draft.language())
                    ? draft.language() : null;
        }
        String slug = Texts.clean(draft.organisation());
        if (slug != null) {
            tip.organisation = Organisation.findBySlug(slug)
                    .orElseThrow(() -> InvalidInput.of("organisation", "no_organisation"));
        }
        if (Texts.clean(honeypot) != null) {
            return new TipReceipt(null, Instant.now());
        }
        tip.clientKey = clientKey(clientAddress);
        lockClient(tip.clientKey);
        Instant since = Instant.now().minus(config.rateLimit().window());
        long recent = Tip.count("clientKey = ?1 and submittedAt > ?2", tip.clientKey, since);
        if (recent >= config.rateLimit().max()) {
            Tip oldest = Tip.<Tip>find("clientKey = ?1 and submittedAt > ?2 order by submittedAt", tip.clientKey, since)
                    .firstResult();
            throw new RateLimited("tips",
                    Duration.between(Instant.now(), oldest.submittedAt.plus(config.rateLimit().window())));
        }
        tip.persist();
        return new TipReceipt(tip.id, tip.submittedAt);
    }

    /** Tips addressed to the actor's organisation or to nobody in particular, newest first (reviewer role). */
    @Transactional
    public Paged<Tip> list(Actor actor, PageRequest page) {
        NotPermitted.unlessHas(actor, StaffRole.REVIEWER);
        PageRequest p = page == null ? PageRequest.first() : page;
        var query = Tip.<Tip>find("organisation = ?1 or organisation is null order by submittedAt desc, id desc",
                actor.organisation());
        return new Paged<>(query.page(p.page() - 1, p.size()).list(), p.page(), p.size(), query.count());
    }

    /**
     * Waits for, then holds until commit, the advisory lock of one client key. The count that follows runs after
     * any earlier holder committed, so it sees that holder's tip (READ COMMITTED takes a snapshot per statement).
     */
    private static void lockClient(String clientKey) {
        Tip.getEntityManager()
                .createNativeQuery("select count(*) from (select pg_advisory_xact_lock(" + TIP_LOCK_CLASS
                        + ", hashtext(?1))) locked")
                .setParameter(1, clientKey)
                .getSingleResult();
    }

    String clientKey(String clientAddress) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest((config.clientKeySalt() + "|" + (clientAddress == null ? "unknown" : clientAddress))
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
