package io.factdesk.verification.checkworthiness;

import com.google.re2j.Pattern;
import io.factdesk.verification.ingestion.NlpModels;
import io.factdesk.verification.names.NameKind;
import io.factdesk.verification.names.ProperName;
import io.factdesk.verification.names.ProperNames;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads {@link SentenceFeatures} from a sentence with OpenNLP's tokenizer and part-of-speech tagger (computed by
 * {@link WordTokenizer} and {@link PosTagger}, which give OpenNLP's tokens and tags with less work; Universal
 * Dependencies tags, which carry no tense or degree: past forms and comparatives are read from the word's ending
 * and short lists in {@link Lexicon}; OpenNLP's lemmatizer did this at more than twice the cost of everything else
 * here). No English named-entity model is published on Maven Central, so {@link ProperNames} reads the names: a
 * preceding title marks a person, word lists tell places and bodies.
 */
public final class FeatureExtractor {

    private static final Pattern QUOTATION = Pattern.compile("[\"“‘']\\s*\\S+(?:\\s+\\S+){2,}?[^\"”’']*[\"”’']");
    private static final Pattern POSSESSIVE = Pattern.compile("[’']s$");

    /** The tokenizer and tagger built from the English models, shared by every extractor (both thread-safe). */
    private static volatile Tools english;

    private final WordTokenizer tokenizer;
    private final PosTagger tagger;

    private record Tools(WordTokenizer tokenizer, PosTagger tagger) {
    }

    public FeatureExtractor(NlpModels models) {
        Tools tools = english;
        if (tools == null) {
            synchronized (FeatureExtractor.class) {
                tools = english;
                if (tools == null) {
                    tools = new Tools(new WordTokenizer(models.readTokenizerModel()),
                            new PosTagger(models.readPosModel()));
                    english = tools;
                }
            }
        }
        this.tokenizer = tools.tokenizer();
        this.tagger = tools.tagger();
    }

    /** Features of {@code sentence}; {@code insideQuotation} comes from the segmenter's quote tracking. */
    public SentenceFeatures extract(String sentence, boolean insideQuotation) {
        String[] tokens = tokenizer.tokenize(sentence);
        String[] tags = tagger.tag(tokens);
        int words = 0;
        Set<String> names = new LinkedHashSet<>();
        Set<String> people = new LinkedHashSet<>();
        Set<String> dates = new LinkedHashSet<>();
        Set<String> numbers = new LinkedHashSet<>();
        Set<String> comparatives = new LinkedHashSet<>();
        Set<String> past = new LinkedHashSet<>();
        Set<String> speculation = new LinkedHashSet<>();
        Set<String> opinion = new LinkedHashSet<>();
        ProperName[] nameAt = new ProperName[tokens.length];
        for (ProperName name : ProperNames.read(tokens, tags)) {
            nameAt[name.first()] = name;
        }
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
            } else if (nameAt[i] != null) { // places, outlets and bodies are names, never people
                names.add(nameAt[i].text());
                if (nameAt[i].kind() == NameKind.PERSON) {
                    people.add(nameAt[i].text());
                }
                i = nameAt[i].last();
                continue;
            } else if (("NUM".equals(tag) || Lexicon.NUMBER_WORDS.contains(lower) || isOrdinal(lower))
                    && !Lexicon.NOT_COUNTS.contains(lower)) {
                numbers.add(token);
            }
            if (isComparative(lower, tag)) {
                comparatives.add(token);
            }
            if ("VERB".equals(tag) && Character.isLowerCase(token.charAt(0)) && isPastForm(lower)) {
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

    /** "1999", "2025": 19 or 20 and two ASCII digits (a plain-code {@code (?:19|20)\d{2}}, asked of every token). */
    static boolean isYear(String token) {
        return token.length() == 4 && (token.startsWith("19") || token.startsWith("20")) && asciiDigits(token, 2, 4);
    }

    /** "3rd", "21st": ASCII digits and an ordinal ending (a plain-code {@code \d+(?:st|nd|rd|th)}). */
    static boolean isOrdinal(String lowerToken) {
        int digits = lowerToken.length() - 2;
        if (digits < 1 || !asciiDigits(lowerToken, 0, digits)) {
            return false;
        }
        String ending = lowerToken.substring(digits);
        return ending.equals("st") || ending.equals("nd") || ending.equals("rd") || ending.equals("th");
    }

    private static boolean asciiDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static String withoutPossessive(String name) {
        return POSSESSIVE.matcher(name).replaceAll("");
    }

    /** "larger", "the best", "first": a closed list, or an adjective or adverb graded by "-er"/"-est". */
    static boolean isComparative(String lower, String tag) {
        if (!"ADJ".equals(tag) && !"ADV".equals(tag)) {
            return false;
        }
        if (Lexicon.SUPERLATIVE_WORDS.contains(lower) || "better".equals(lower)) {
            return true;
        }
        return lower.length() >= 5 && (lower.endsWith("er") || lower.endsWith("est"))
                && !Lexicon.UNGRADED_ER_EST.contains(lower);
    }

    /** Past tense or participle: a regular "-ed" form, or an irregular one ("said", "met", "taken"). */
    static boolean isPastForm(String lower) {
        if (Lexicon.IRREGULAR_PAST.contains(lower)) {
            return true;
        }
        return lower.length() > 3 && lower.endsWith("ed") && !Lexicon.BASE_FORMS_IN_ED.contains(lower);
    }
}
