package io.factdesk.verification.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.core.notification.Notification;
import org.junit.jupiter.api.Test;

/** E-mails are written in the recipient's language: Ukrainian when asked for, English otherwise. */
class MailLanguageTest {

    @Test
    void ukrainianMailsComeFromTheTranslation() {
        MailTexts.Mail reader = MailTexts.reader("uk", "Пенсії скоротили вдвічі", "https://example.org/verdicts/x");
        assertThat(reader.subject()).isEqualTo("Твердження, яке ви нам надіслали, перевірено");
        assertThat(reader.body()).contains("Пенсії скоротили вдвічі").contains("https://example.org/verdicts/x")
                .contains("видалили вашу електронну адресу");
        MailTexts.Mail staff = MailTexts.staff("uk", Notification.Kind.ASSIGNED, "Пенсії скоротили вдвічі", "Ed",
                "https://example.org/desk/claims/1", "https://example.org/desk/preferences");
        assertThat(staff.subject()).isEqualTo("Призначено вам: Пенсії скоротили вдвічі");
        assertThat(staff.body()).startsWith("Ed призначає вам це твердження").contains("сторінці налаштувань");
    }

    @Test
    void englishIsTheDefaultWhateverTheServersLocale() {
        assertThat(MailTexts.reader(null, "Pensions halved", "x").subject())
                .isEqualTo("The claim you sent us has been checked");
        assertThat(MailTexts.reader("de", "Pensions halved", "x").subject())
                .isEqualTo("The claim you sent us has been checked");
        assertThat(MailTexts.staff("en", Notification.Kind.PUBLISHED, "Pensions halved", "Ed", "l", "p").subject())
                .isEqualTo("Published: Pensions halved");
    }
}
