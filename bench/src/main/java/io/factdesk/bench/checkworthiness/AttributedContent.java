package io.factdesk.bench.checkworthiness;

import io.factdesk.verification.checkworthiness.CheckWorthinessModel;
import io.factdesk.verification.demo.DemoArticles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether the committed model reads news better when an attributed statement is also scored without its
 * attribution: the debates it was trained on hold claims as their speakers say them, while news wraps them in
 * "X said", "according to X" or quotation marks. Each unit gets a second reading (the quoted words, or the statement
 * with its attribution clause taken off; none when it has neither), scored as a sentence on its own by the committed
 * cascade, and two ways of combining the readings are tried: check-worthy when either reading is ("either"), or by
 * the second reading alone when there is one ("content"). The plan, fixed before any run: the way is chosen on the
 * project's 40 labelled news articles (F1 of the cascade at the committed thresholds; nothing is trained); dev-test
 * is a gate (the chosen way must keep the cascade's F1 ≥ 0.80 there); the seeds (both labellings) are scored once,
 * at the end, and choose nothing. Nothing here is written or shipped. Run with the classpath of
 * bench/checkworthiness/train.sh.
 */
final class AttributedContent {

    private static final Set<String> VERBS = Set.of("said", "says", "told", "added", "stated", "noted", "warned",
            "argued", "claimed", "insisted", "shared", "announced", "confirmed", "explained", "wrote", "tweeted");
    /** An attribution clause at the start or end of a statement has at most this many words. */
    private static final int CLAUSE_WORDS = 8;
    /** A quotation shorter than this many words is a phrase, not a statement. */
    private static final int QUOTE_WORDS = 4;

    private AttributedContent() {
    }

    /** The statement a unit attributes (its quotation, or the unit without its attribution clause), or null. */
    static String content(String text) {
        String quoted = quoted(text);
        if (quoted != null) {
            return quoted;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("according to ")) {
            int comma = text.indexOf(',');
            return comma > 0 && words(text.substring(0, comma)) <= CLAUSE_WORDS + 2 ? sentence(text.substring(comma + 1))
                    : null;
        }
        int according = lower.indexOf(", according to ");
        if (according > 0) {
            return sentence(text.substring(0, according));
        }
        int comma = text.lastIndexOf(',');
        if (comma > 0) {
            String tail = text.substring(comma + 1);
            if (words(tail) <= CLAUSE_WORDS && hasVerb(tail)) {
                return sentence(text.substring(0, comma));
            }
        }
        // "X said (that) ...": the verb within the first few words
        String[] tokens = text.split(" ");
        for (int i = 1; i < Math.min(tokens.length - 3, CLAUSE_WORDS); i++) {
            if (VERBS.contains(tokens[i].toLowerCase(Locale.ROOT))) {
                int from = i + 1 < tokens.length && tokens[i + 1].equalsIgnoreCase("that") ? i + 2 : i + 1;
                return sentence(String.join(" ", List.of(tokens).subList(from, tokens.length)));
            }
        }
        return null;
    }

    /** The words between the first pair of quotation marks, when they make a statement; else null. */
    private static String quoted(String text) {
        int open = -1;
        char close = 0;
        for (int i = 0; i < text.length() && open < 0; i++) {
            char c = text.charAt(i);
            if (c == '\u201C' || c == '"') {
                open = i;
                close = c == '"' ? '"' : '\u201D';
            }
        }
        if (open < 0) {
            return null;
        }
        int end = text.indexOf(close, open + 1);
        String inside = (end < 0 ? text.substring(open + 1) : text.substring(open + 1, end)).strip();
        return words(inside) >= QUOTE_WORDS ? sentence(inside) : null;
    }

    private static boolean hasVerb(String clause) {
        for (String word : clause.split("[ .]")) {
            if (VERBS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    /** The text as a sentence of its own: trimmed, ending in a full stop, the first letter upper-case. */
    private static String sentence(String text) {
        String s = text.strip();
        while (!s.isEmpty() && ",;:".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty()) {
            return null;
        }
        if (".!?".indexOf(s.charAt(s.length() - 1)) < 0) {
            s = s + ".";
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The cascade's probabilities of each unit with and without its attribution, combined either way. */
    private record Readings(double[] original, double[] content, boolean[] hasContent, boolean[] labels) {

        static Readings of(List<String> texts, SentenceTable original, CheckWorthinessModel words,
                CheckWorthinessModel full) {
            List<CheckThatSplit.Row> rows = new ArrayList<>();
            boolean[] has = new boolean[texts.size()];
            for (int i = 0; i < texts.size(); i++) {
                String content = AttributedContent.content(texts.get(i));
                has[i] = content != null;
                rows.add(new CheckThatSplit.Row("c" + i, has[i] ? content : texts.get(i), original.labels()[i]));
            }
            SentenceTable second = SentenceTable.of(rows);
            return new Readings(CheckWorthinessTraining.cascade(words, full, original, words.band()),
                    CheckWorthinessTraining.cascade(words, full, second, words.band()), has, original.labels());
        }

        Scores as(String way) {
            boolean[] predicted = new boolean[original.length];
            for (int i = 0; i < predicted.length; i++) {
                boolean first = original[i] >= 0.5;
                boolean second = content[i] >= 0.5;
                predicted[i] = switch (way) {
                    case "original" -> first;
                    case "either" -> first || hasContent[i] && second;
                    case "content" -> hasContent[i] ? second : first;
                    default -> throw new IllegalArgumentException(way);
                };
            }
            return Scores.of(predicted, labels);
        }

        long withContent() {
            long n = 0;
            for (boolean h : hasContent) {
                n += h ? 1 : 0;
            }
            return n;
        }
    }

    static List<String> texts(List<LabelledArticles.Label> labels, List<String> files) {
        List<String> texts = new ArrayList<>();
        for (String file : files) {
            labels.stream().filter(l -> l.article().equals(file)).forEach(l -> texts.add(l.text()));
        }
        return texts;
    }

    public static void main(String[] args) {
        Path root = Datasets.projectRoot(Path.of("").toAbsolutePath());
        CheckWorthinessModel full = CheckWorthinessModel.load();
        CheckWorthinessModel words = CheckWorthinessModel.loadWords();
        List<String> ways = List.of("original", "either", "content");

        SentenceTable news = SentenceTable.concat(NewsTables.read());
        Readings newsReadings = Readings.of(texts(NewsTables.labels(), NewsTables.files()), news, words, full);
        System.out.printf(Locale.ROOT, "news articles: %d units, %d with a second reading%n", news.size(),
                newsReadings.withContent());
        String chosen = "original";
        double best = newsReadings.as("original").f1();
        for (String way : ways) {
            Scores scores = newsReadings.as(way);
            System.out.println("  news, " + way + ": " + scores);
            if (scores.f1() > best) {
                best = scores.f1();
                chosen = way;
            }
        }
        System.out.println("chosen on the news articles: " + chosen);

        Path datasets = Datasets.checkWorthiness().orElseThrow();
        List<CheckThatSplit.Row> devTestRows = CheckThatSplit.read(datasets, "dev-test");
        SentenceTable devTest = SentenceTable.of(devTestRows);
        Readings devTestReadings = Readings.of(devTestRows.stream().map(CheckThatSplit.Row::text).toList(), devTest,
                words, full);
        System.out.printf(Locale.ROOT, "dev-test: %d sentences, %d with a second reading%n", devTest.size(),
                devTestReadings.withContent());
        for (String way : ways) {
            System.out.println("  dev-test, " + way + ": " + devTestReadings.as(way));
        }

        for (String labelsFile : List.of(SeedTables.LABELS, SeedTables.SECOND)) {
            SentenceTable seeds = SentenceTable.concat(SeedTables.read(root, labelsFile));
            Readings seedReadings = Readings.of(texts(SeedTables.labels(root, labelsFile), DemoArticles.FILES), seeds,
                    words, full);
            System.out.printf(Locale.ROOT, "seeds (%s): %d units, %d with a second reading%n", labelsFile,
                    seeds.size(), seedReadings.withContent());
            for (String way : ways) {
                System.out.println("  seeds, " + way + ": " + seedReadings.as(way));
            }
        }
    }
}
