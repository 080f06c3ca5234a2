package io.factdesk.verification.ingestion;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The metadata line some scrapers put before the body, e.g.
 * {@code date 2025-07-04 <headline> Friday, July 4, 2025 4:56:20 PM}. It is not prose: it must not be scored
 * as a sentence, but its date is the article's published date and the text between the dates is the headline.
 *
 * @param published the ISO date at the start of the line
 * @param title     the headline between the dates, or null when the line has none
 * @param length    characters the header occupies, including its line break
 */
public record MetadataHeader(LocalDate published, String title, int length) {

    private static final Pattern HEADER = Pattern.compile(
            "\\A\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?Z?)?[ \\t]*([^\\n]*?)[ \\t]*"
                    + "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\\s+[A-Z][a-z]+\\s+\\d{1,2},\\s+\\d{4}"
                    + "(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s*[AP]M)?)?[ \\t]*(?:\\n|\\z)",
            Pattern.CASE_INSENSITIVE);

    /** Reads a header at the very start of normalised text; empty when the text starts with prose. */
    public static Optional<MetadataHeader> parse(String text) {
        Matcher m = HEADER.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(m.group(1));
            String title = m.group(2).isBlank() ? null : m.group(2).strip();
            return Optional.of(new MetadataHeader(date, title, m.end()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
