package io.factdesk.verification.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Public search's words in either script: a published claim's terms as {@link CrossScriptAnalyzer} reads them,
 * stored in PostgreSQL as lexemes used as they are (it has no Ukrainian dictionary), and a reader's query turned
 * into a {@code tsquery} over the same terms, so «Зеленський» finds a verdict about Zelenskyy and «дронів» one
 * about «дрони».
 */
public final class SearchTerms {

    /** A query's words beyond this many are ignored; a claim's beyond this many are not stored. */
    static final int MAX_TERMS = 400;
    private static final int MAX_QUERY_WORDS = 32;
    private static final Analyzer ANALYZER = new CrossScriptAnalyzer();

    private SearchTerms() {
    }

    /** The distinct terms of the texts, separated by single spaces (null texts are skipped). */
    public static String of(String... texts) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                for (List<String> word : words(text, MAX_TERMS)) {
                    terms.addAll(word);
                }
            }
        }
        return String.join(" ", terms.stream().limit(MAX_TERMS).toList());
    }

    /**
     * A {@code tsquery} that holds when every word of the text is there (a word the dictionary reads two ways
     * matches either reading), or null when the text has no searchable word (only stop words or punctuation).
     * Lexemes are quoted, so nothing in the text is read as query syntax.
     */
    public static String query(String text) {
        List<String> clauses = new ArrayList<>();
        for (List<String> word : words(text, MAX_QUERY_WORDS)) {
            List<String> quoted = word.stream().distinct().map(SearchTerms::quote).toList();
            clauses.add(quoted.size() == 1 ? quoted.get(0) : "(" + String.join(" | ", quoted) + ")");
        }
        return clauses.isEmpty() ? null : String.join(" & ", clauses);
    }

    /** The text's words in order, each with the terms it gave (several when the dictionary knows several lemmas). */
    private static List<List<String>> words(String text, int limit) {
        List<List<String>> words = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (position.getPositionIncrement() > 0 || words.isEmpty()) {
                    if (words.size() == limit) {
                        break;
                    }
                    words.add(new ArrayList<>(2));
                }
                if (term.length() > 0) {
                    words.get(words.size() - 1).add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        words.removeIf(List::isEmpty);
        return words;
    }

    /** A lexeme in tsquery syntax: single quotes around it, quotes and backslashes inside escaped. */
    private static String quote(String term) {
        return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
