package io.factdesk.web.support;

import io.quarkus.qute.TemplateExtension;
import java.time.Duration;
import java.time.YearMonth;

/**
 * Durations in words for pages: "1 minute", "5 hours", «3 дні». The unit is the largest that reads well (days
 * from two days on, hours from one hour); the words come from the message bundle, whose plural forms follow the
 * language's CLDR plural rules ({@link Plurals}).
 */
@TemplateExtension
public final class Durations {

    private Durations() {
    }

    /** {@code {duration.words}} in templates, in the page's language. */
    public static String words(Duration duration) {
        return words(duration, PageLanguage.currentCode());
    }

    /** {@code duration} in words in {@code language}. */
    public static String words(Duration duration, String language) {
        if (duration == null) {
            return "";
        }
        DeskMsg msg = PageLanguage.in(DeskMsg.class, language);
        long hours = duration.toHours();
        if (hours >= 48) {
            return msg.duration_days(duration.toDays());
        }
        if (hours >= 1) {
            return msg.duration_hours(hours);
        }
        return msg.duration_minutes(Math.max(duration.toMinutes(), 1));
    }

    /** {@code {month.words}}: "November 2026", «листопад 2026» (the month's own, nominative name). */
    public static String words(YearMonth month) {
        return month == null ? "" : Dates.format("LLLL yyyy", month);
    }
}
