package io.factdesk.verification.importing;

import io.factdesk.verification.common.InvalidInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads fact-checks from CSV (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes). The first line
 * names the columns: {@code claim} and {@code rating} are required; {@code url}, {@code claimant},
 * {@code claim_date}, {@code rating_value}, {@code best_rating}, {@code worst_rating}, {@code published},
 * {@code headline}, {@code summary}, {@code appearance_url}, {@code publisher} (who first published it) are optional. Unknown columns are ignored.
 */
public final class CsvReader {

    private CsvReader() {
    }

    static List<FactCheckRow> read(String content) {
        List<List<String>> records = parse(content);
        if (records.isEmpty()) {
            throw InvalidInput.of("content", "empty");
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = records.get(0);
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_'), i);
        }
        if (!columns.containsKey("claim") || !columns.containsKey("rating")) {
            throw InvalidInput.of("content", "csv_header");
        }
        List<FactCheckRow> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> record = records.get(r);
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            rows.add(row(r, record, columns));
        }
        return rows;
    }

    private static FactCheckRow row(int number, List<String> record, Map<String, Integer> columns) {
        try {
            return new FactCheckRow(number, get(record, columns, "url"), get(record, columns, "claim"),
                    get(record, columns, "claimant"), Dates.day(get(record, columns, "claim_date")),
                    get(record, columns, "rating"), number(record, columns, "rating_value"),
                    number(record, columns, "best_rating"), number(record, columns, "worst_rating"),
                    Dates.instant(get(record, columns, "published")), get(record, columns, "headline"),
                    get(record, columns, "summary"), get(record, columns, "appearance_url"),
                    get(record, columns, "publisher"), null);
        } catch (IllegalArgumentException unreadable) {
            return FactCheckRow.unreadable(number, unreadable.getMessage());
        }
    }

    private static String get(List<String> record, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        if (index == null || index >= record.size() || record.get(index).isBlank()) {
            return null;
        }
        return record.get(index).strip();
    }

    private static Double number(List<String> record, Map<String, Integer> columns, String name) {
        String value = get(record, columns, name);
        try {
            return value == null ? null : Double.valueOf(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a number: " + value);
        }
    }

    static List<List<String>> parse(String content) {
        return parse(content, ',');
    }

    /** Records of delimited text with RFC 4180 quoting (doubled quotes, line breaks inside quotes). */
    public static List<List<String>> parse(String content, char delimiter) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == delimiter) {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw InvalidInput.of("content", "csv_quote");
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
