package io.factdesk.verification.checkworthiness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-labelled seed sentences: {@code checkworthiness/seed-labels.tsv}, and a second, independent labelling
 * of the same units in {@code checkworthiness/seed-labels-second.tsv}.
 */
final class LabelledSet {

    record Row(String article, int index, boolean checkWorthy, String text) {
    }

    private LabelledSet() {
    }

    static final String FIRST = "checkworthiness/seed-labels.tsv";
    static final String SECOND = "checkworthiness/seed-labels-second.tsv";

    static List<Row> load() {
        return load(FIRST);
    }

    static List<Row> load(String resource) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(LabelledSet.class.getClassLoader()
                .getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", 4);
                rows.add(new Row(cells[0], Integer.parseInt(cells[1]), "1".equals(cells[2]), cells[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
