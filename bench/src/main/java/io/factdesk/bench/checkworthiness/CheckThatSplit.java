package io.factdesk.bench.checkworthiness;

import io.factdesk.verification.importing.CsvReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One split of the CheckThat! 2024 Task 1 English check-worthiness data: {@code Sentence_id TAB Text TAB
 * class_label} with a header, text fields optionally wrapped in double quotes (inner quotes doubled), CRLF or LF.
 * Read in file order, so every run sees the same sentences in the same order.
 */
public final class CheckThatSplit {

    /** A labelled sentence. */
    public record Row(String id, String text, boolean checkWorthy) {
    }

    public static final String FOLDER = "checkthat2024-checkworthiness-en";

    private CheckThatSplit() {
    }

    /** The rows of {@code CT24_checkworthy_english_<split>.tsv} under {@code datasets/}. */
    public static List<Row> read(Path datasets, String split) {
        Path file = datasets.resolve(FOLDER).resolve("CT24_checkworthy_english_" + split + ".tsv");
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> parse(String content) {
        List<Row> rows = new ArrayList<>();
        // Tab-separated with RFC 4180 quoting: the import's reader, with a tab for the delimiter.
        List<List<String>> records = CsvReader.parse(content, '\t');
        for (List<String> fields : records.subList(1, records.size())) {
            if (fields.size() == 5) {
                // The train split has one line holding two records joined without a line break: the first
                // record's label runs into the second's id ("No29286").
                String joined = fields.get(2);
                String label = joined.startsWith("Yes") ? "Yes" : "No";
                rows.add(row(fields.get(0), fields.get(1), label));
                rows.add(row(joined.substring(label.length()), fields.get(3), fields.get(4)));
            } else if (fields.size() == 3) {
                rows.add(row(fields.get(0), fields.get(1), fields.get(2)));
            } else if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
                throw new IllegalArgumentException("Unexpected record " + fields);
            }
        }
        return rows;
    }

    private static Row row(String id, String text, String label) {
        if (!"Yes".equals(label) && !"No".equals(label)) {
            throw new IllegalArgumentException("Unexpected label " + label + " for sentence " + id);
        }
        return new Row(id.strip(), text, "Yes".equals(label));
    }
}
