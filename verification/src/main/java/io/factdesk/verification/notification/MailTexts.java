package io.factdesk.verification.notification;

import io.factdesk.core.notification.Notification;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Subjects and bodies of the e-mails, from {@code mails.properties} next to this class. */
final class MailTexts {

    private static final ResourceBundle TEXTS =
            ResourceBundle.getBundle("io.factdesk.verification.notification.mails", Locale.ROOT);
    private static final int CLAIM_IN_SUBJECT = 80;

    private MailTexts() {
    }

    record Mail(String subject, String body) {
    }

    static Mail staff(Notification.Kind kind, String claim, String actor, String link, String preferences) {
        String subject = format(kind.name() + ".subject", shorten(claim), actor, link, preferences);
        String body = format(kind.name() + ".body", claim, actor, link, preferences)
                + format("footer", claim, actor, link, preferences);
        return new Mail(subject, body);
    }

    static Mail reader(String claim, String link) {
        return new Mail(format("reader.subject", claim, "", link, ""), format("reader.body", claim, "", link, ""));
    }

    static Mail invitation(String organisation, String invitedBy, String roles, String link) {
        return new Mail(format("invitation.subject", organisation, invitedBy, link, roles),
                format("invitation.body", organisation, invitedBy, link, roles));
    }

    private static String format(String key, Object... values) {
        return new MessageFormat(TEXTS.getString(key), Locale.ROOT).format(values);
    }

    private static String shorten(String text) {
        String oneLine = text.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() <= CLAIM_IN_SUBJECT ? oneLine : oneLine.substring(0, CLAIM_IN_SUBJECT - 1) + "…";
    }
}
