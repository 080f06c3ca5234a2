package io.factdesk.verification.importing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Lenient ISO-8601 dates as fact-check feeds write them: "2024-05-01", "2024-05-01T10:00:00Z", with offsets. */
final class Dates {

    private Dates() {
    }

    static LocalDate day(String value) {
        Instant instant = instant(value);
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(v);
            } catch (DateTimeParseException again) {
                throw new IllegalArgumentException("not a date: " + v);
            }
        }
    }
}
