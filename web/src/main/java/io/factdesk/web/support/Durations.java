package io.factdesk.web.support;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.i18n.MessageBundles;
import java.text.ChoiceFormat;
import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Durations in words for pages: "1 minute", "5 hours", "3 days". The unit is the largest that reads well (days
 * from two days on, hours from one hour); the words come from the message bundle as JDK choice patterns
 * ({@link ChoiceFormat}), so each language states its own plural forms.
 */
@TemplateExtension
public final class Durations {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private Durations() {
    }

    /** {@code {duration.words}} in templates. */
    public static String words(Duration duration) {
        if (duration == null) {
            return "";
        }
        DeskMsg msg = MessageBundles.get(DeskMsg.class);
        long hours = duration.toHours();
        if (hours >= 48) {
            return plural(msg.duration_days(duration.toDays()), duration.toDays());
        }
        if (hours >= 1) {
            return plural(msg.duration_hours(hours), hours);
        }
        long minutes = Math.max(duration.toMinutes(), 1);
        return plural(msg.duration_minutes(minutes), minutes);
    }

    /** {@code {month.words}}: "November 2026". */
    public static String words(YearMonth month) {
        return month == null ? "" : MONTH.format(month);
    }

    /** Picks the form for {@code count} from a choice pattern such as {@code 1#1 minute|1<5 minutes}. */
    static String plural(String choicePattern, long count) {
        return new ChoiceFormat(choicePattern).format(count);
    }
}
