package io.factdesk.verification.checkworthiness;

import com.google.re2j.Pattern;
import io.factdesk.verification.ingestion.NlpModels;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;

/**
 * Reads {@link SentenceFeatures} from a sentence with OpenNLP's tokenizer, part-of-speech tagger (Universal
 * Dependencies tags) and lemmatizer. No English named-entity model is published on Maven Central, so proper
 * nouns stand in for named entities and a preceding title marks a person.
 */
public final class FeatureExtractor {

    private static final Pattern QUOTATION = Pattern.compile("[\"“‘']\\s*\\S+(?:\\s+\\S+){2,}?[^\"”’']*[\"”’']");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern ORDINAL = Pattern.compile("\\d+(?:st|nd|rd|th)");
    private static final Pattern POSSESSIVE = Pattern.compile("[’']s$");

    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME tagger;
    private final ThreadSafeLemmatizerME lemmatizer;

    public FeatureExtractor(NlpModels models) {
        this.tokenizer = new ThreadSafeTokenizerME(models.tokenizerModel());
        this.tagger = new ThreadSafePOSTaggerME(models.posModel());
        this.lemmatizer = new ThreadSafeLemmatizerME(models.lemmatizerModel());
    }

    /** Features of {@code sentence}; {@code insideQuotation} comes from the segmenter's quote tracking. */
    public SentenceFeatures extract(String sentence, boolean insideQuotation) {
        String[] tokens = tokenizer.tokenize(sentence);
        String[] tags = tagger.tag(tokens);
        String[] lemmas = lemmatizer.lemmatize(tokens, tags);
        int words = 0;
        Set<String> names = new LinkedHashSet<>();
        Set<String> people = new LinkedHashSet<>();
        Set<String> dates = new LinkedHashSet<>();
        Set<String> numbers = new LinkedHashSet<>();
        Set<String> comparatives = new LinkedHashSet<>();
        Set<String> past = new LinkedHashSet<>();
        Set<String> speculation = new LinkedHashSet<>();
        Set<String> opinion = new LinkedHashSet<>();
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            String lower = token.toLowerCase(Locale.ROOT);
            String tag = tags[i];
            if (!"PUNCT".equals(tag) && !"SYM".equals(tag)) {
                words++;
            }
            if (Lexicon.MONTHS.contains(lower) && (i + 1 < tokens.length && "NUM".equals(tags[i + 1])
                    || i > 0 && "NUM".equals(tags[i - 1])) || Lexicon.DAYS.contains(lower) || isYear(token)) {
                dates.add(token);
            } else if ("PROPN".equals(tag) && Character.isUpperCase(token.charAt(0)) && !Lexicon.MONTHS.contains(lower)) {
                i = addName(tokens, tags, i, names, people);
                continue;
            } else if (("NUM".equals(tag) || Lexicon.NUMBER_WORDS.contains(lower) || isOrdinal(lower))
                    && !Lexicon.NOT_COUNTS.contains(lower)) {
                numbers.add(token);
            }
            if (isComparative(token, lower, tag, lemmas[i])) {
                comparatives.add(token);
            }
            if ("VERB".equals(tag) && Character.isLowerCase(token.charAt(0)) && isPastForm(lower, lemmas[i])) {
                past.add(token);
            }
            if (Lexicon.SPECULATION.contains(lower)) {
                speculation.add(lower);
            }
            if (Lexicon.OPINION.contains(lower)) {
                opinion.add(lower);
            }
        }
        String first = tokens.length > 1 ? tokens[0].toLowerCase(Locale.ROOT) : "";
        boolean commentary = Lexicon.COMMENTARY_OPENERS.contains(first) && "NOUN".equals(tags[1]);
        boolean question = sentence.strip().endsWith("?") || first.equals("whether");
        boolean quoted = insideQuotation || hasQuotation(sentence);
        return new SentenceFeatures(words, List.copyOf(names), List.copyOf(people), List.copyOf(dates),
                List.copyOf(numbers), List.copyOf(comparatives), List.copyOf(past), List.copyOf(speculation),
                List.copyOf(opinion), quoted, question, commentary);
    }

    /** A quotation of three words or more, opened and closed by quotation marks (straight or curly). */
    static boolean hasQuotation(String sentence) {
        return QUOTATION.matcher(sentence).find();
    }

    static boolean isYear(String token) {
        return YEAR.matcher(token).matches();
    }

    static boolean isOrdinal(String lowerToken) {
        return ORDINAL.matcher(lowerToken).matches();
    }

    static String withoutPossessive(String name) {
        return POSSESSIVE.matcher(name).replaceAll("");
    }

    /** Collects a run of proper nouns as one name; returns the index of its last token. */
    private static int addName(String[] tokens, String[] tags, int from, Set<String> names, Set<String> people) {
        int to = from;
        // the tagger sometimes misses the second half of a name ("Daniel Driscoll"): capitals continue it
        while (to + 1 < tokens.length && Character.isUpperCase(tokens[to + 1].charAt(0))
                && !"PUNCT".equals(tags[to + 1]) && !"DET".equals(tags[to + 1]) && !"ADP".equals(tags[to + 1])) {
            to++;
        }
        List<String> parts = new ArrayList<>();
        boolean titled = from > 0 && Lexicon.TITLES.contains(tokens[from - 1].toLowerCase(Locale.ROOT));
        for (int i = from; i <= to; i++) {
            String lower = tokens[i].toLowerCase(Locale.ROOT);
            if (Lexicon.TITLES.contains(lower)) {
                titled = true;
                parts.clear(); // "President Donald Trump": the title is not part of the name
            } else {
                parts.add(tokens[i]);
            }
        }
        boolean group = parts.size() == 1 && Lexicon.UNNAMED_GROUPS.contains(parts.get(0).toLowerCase(Locale.ROOT));
        if (!parts.isEmpty() && !group) { // "Sources close to the bank": capitalised at the start, but nobody named
            String name = withoutPossessive(String.join(" ", parts));
            names.add(name);
            if (titled) {
                people.add(name);
            }
        }
        return to;
    }

    /** "larger", "the best", "first": the UD tagger drops degree, so compare the form with its lemma. */
    private static boolean isComparative(String token, String lower, String tag, String lemma) {
        if (Lexicon.SUPERLATIVE_WORDS.contains(lower) && ("ADJ".equals(tag) || "ADV".equals(tag))) {
            return true;
        }
        boolean graded = ("ADJ".equals(tag) || "ADV".equals(tag)) && !lower.equals(lemma);
        return graded && (lower.endsWith("er") || lower.endsWith("est") || "better".equals(lower));
    }

    /** Past tense or participle: the lemma differs and the form is not a present participle or third person. */
    private static boolean isPastForm(String lower, String lemma) {
        if (lower.equals(lemma) || lower.endsWith("ing") || lower.equals(lemma + "s") || lower.equals(lemma + "es")
                || Set.of("is", "are", "am", "has", "does", "'s", "’s").contains(lower)) {
            return false;
        }
        return lower.endsWith("ed") || lower.length() > 1;
    }
}
