package io.factdesk.verification.matching.evaluation;

import io.factdesk.verification.importing.CsvReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads tab-separated files whose fields may be wrapped in double quotes (inner quotes doubled). */
final class Tsv {

    private Tsv() {
    }

    static List<List<String>> read(Path file) throws IOException {
        return CsvReader.parse(Files.readString(file, StandardCharsets.UTF_8), '\t');
    }
}
