package io.factdesk.verification.notification;

import io.factdesk.core.notification.Notification;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Subjects and bodies of the e-mails, from {@code mails.properties} next to this class, or its translation
 * ({@code mails_uk.properties}) for a recipient who reads Ukrainian: staff get their organisation's default
 * language, a reader the language of the page they sent their tip from.
 */
final class MailTexts {

    private static final String BUNDLE = "io.factdesk.verification.notification.mails";
    private static final int CLAIM_IN_SUBJECT = 80;

    /** The default texts are the base file; never fall back to the server's own locale. */
    private static final ResourceBundle.Control NO_SERVER_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private MailTexts() {
    }

    record Mail(String subject, String body) {
    }

    static Mail staff(String language, Notification.Kind kind, String claim, String actor, String link,
            String preferences) {
        ResourceBundle texts = texts(language);
        String subject = format(texts, kind.name() + ".subject", shorten(claim), actor, link, preferences);
        String body = format(texts, kind.name() + ".body", claim, actor, link, preferences)
                + format(texts, "footer", claim, actor, link, preferences);
        return new Mail(subject, body);
    }

    static Mail reader(String language, String claim, String link) {
        ResourceBundle texts = texts(language);
        return new Mail(format(texts, "reader.subject", claim, "", link, ""),
                format(texts, "reader.body", claim, "", link, ""));
    }

    static Mail invitation(String language, String organisation, String invitedBy, String roles, String link) {
        ResourceBundle texts = texts(language);
        return new Mail(format(texts, "invitation.subject", organisation, invitedBy, link, roles),
                format(texts, "invitation.body", organisation, invitedBy, link, roles));
    }

    /** The texts in {@code language} ("uk"), English for null or a language without a translation. */
    static ResourceBundle texts(String language) {
        Locale locale = language == null || language.isBlank() ? Locale.ROOT : Locale.forLanguageTag(language);
        return ResourceBundle.getBundle(BUNDLE, locale, NO_SERVER_LOCALE);
    }

    private static String format(ResourceBundle texts, String key, Object... values) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(values);
    }

    private static String shorten(String text) {
        String oneLine = text.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() <= CLAIM_IN_SUBJECT ? oneLine : oneLine.substring(0, CLAIM_IN_SUBJECT - 1) + "…";
    }
}
