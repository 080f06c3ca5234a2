package io.factdesk.web.support;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Date formats for pages in the page's language ("22 November 2026", «22 листопада 2026»), ISO for
 * {@code <time datetime>}.
 */
@TemplateExtension
public final class Dates {

    private static final String DAY = "d MMMM yyyy";
    private static final String MINUTE = "d MMMM yyyy, HH:mm 'UTC'";

    /** Formatters are immutable and parsing a pattern costs more than formatting a date, so each is made once. */
    private static final Map<Format, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    /** A pattern in a language: a few of each (the patterns above, the interface languages). */
    private record Format(String pattern, Locale locale) {
    }

    private Dates() {
    }

    static String human(LocalDate date) {
        return date == null ? "" : format(DAY, date);
    }

    static String human(Instant instant) {
        return instant == null ? "" : format(DAY, instant.atZone(ZoneOffset.UTC));
    }

    static String humanTime(Instant instant) {
        return instant == null ? "" : format(MINUTE, instant.atZone(ZoneOffset.UTC));
    }

    static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    static String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    /** {@code pattern} in the current page's language (month names in the genitive where the language has it). */
    static String format(String pattern, TemporalAccessor value) {
        return formatIn(pattern, value, PageLanguage.currentLocale());
    }

    public static String formatIn(String pattern, TemporalAccessor value, Locale locale) {
        return FORMATTERS.computeIfAbsent(new Format(pattern, locale),
                format -> DateTimeFormatter.ofPattern(format.pattern(), format.locale())).format(value);
    }
}
