package io.factdesk.web.support;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Date formats for pages: "22 November 2026" for people, ISO for {@code <time datetime>}. */
@TemplateExtension
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH);

    private Dates() {
    }

    static String human(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    static String human(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(ZoneOffset.UTC));
    }

    static String humanTime(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant.atZone(ZoneOffset.UTC));
    }

    static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    static String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }
}
