package io.factdesk.verification.sourcing;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Full calendar dates a text states ("January 20, 2025", "4 July 2025", "2025-07-04"), with their offsets. */
final class DateMentions {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final Pattern US = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern UK = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + "\\s+(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    record Stated(LocalDate date, int start, int end) {
    }

    private DateMentions() {
    }

    static List<Stated> find(String text) {
        List<Stated> dates = new ArrayList<>();
        Matcher m = US.matcher(text);
        while (m.find()) {
            add(dates, m, m.group(3), m.group(1), m.group(2));
        }
        m = UK.matcher(text);
        while (m.find()) {
            add(dates, m, m.group(3), m.group(2), m.group(1));
        }
        m = ISO.matcher(text);
        while (m.find()) {
            try {
                dates.add(new Stated(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))), m.start(), m.end()));
            } catch (DateTimeException ignored) {
                // 2025-13-45 is not a date; nothing to compare against
            }
        }
        return dates;
    }

    private static void add(List<Stated> dates, Matcher m, String year, String month, String day) {
        try {
            dates.add(new Stated(LocalDate.of(Integer.parseInt(year), Month.valueOf(month.toUpperCase(Locale.ROOT)),
                    Integer.parseInt(day)), m.start(), m.end()));
        } catch (DateTimeException ignored) {
            // "February 30, 2025" is not a date
        }
    }
}
