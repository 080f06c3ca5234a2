package io.factdesk.verification.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells which language a text is written in, as an ISO 639-1 code ("en", "uk", "ru"…). Apache OpenNLP's language
 * model (103 languages, read once from its model jar on the classpath, never downloaded) decides for prose.
 * Short texts and Cyrillic ones are settled by their letters first, because a model trained on n-grams confuses
 * Ukrainian and Russian in a short headline while the alphabets do not: «і», «ї», «є» and «ґ» are Ukrainian,
 * «ы», «э», «ъ» and «ё» Russian. The model is held as a flat copy ({@link FlatLanguageModel}), not as OpenNLP's.
 */
public final class LanguageDetector {

    /** Enough text to decide; the rest of a long article adds time, not certainty. */
    static final int SAMPLE_CHARS = 2_000;

    private static final String MODEL = "langdetect-183.bin";
    private static final int FEW_LETTERS = 20;
    private static volatile FlatLanguageModel model;
    private static final Map<String, String> TWO_LETTER_CODES = twoLetterCodes();

    /**
     * The language of the text, or {@code "und"} (undetermined) when it holds too few letters to tell.
     *
     * @param text any text; only its first {@value #SAMPLE_CHARS} characters are read
     */
    public String detect(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        Letters letters = Letters.count(sample);
        if (letters.cyrillic > letters.latin) {
            if (letters.ukrainianOnly > 0 && letters.russianOnly == 0) {
                return "uk";
            }
            if (letters.russianOnly > 0 && letters.ukrainianOnly == 0) {
                return "ru";
            }
        }
        if (letters.cyrillic + letters.latin < FEW_LETTERS) {
            return letters.latin > 0 && letters.cyrillic == 0 ? "en" : "und";
        }
        // The most probable language that has an ISO 639-1 code: on a short sentence the n-gram model sometimes
        // ranks a language with little training text first (an English claim read as Waray, "war").
        Language[] ranked = model().predictLanguages(sample);
        for (Language language : ranked) {
            String two = TWO_LETTER_CODES.get(language.getLang());
            if (two != null) {
                return two;
            }
        }
        return ranked.length == 0 ? "und" : ranked[0].getLang();
    }

    private record Letters(int latin, int cyrillic, int ukrainianOnly, int russianOnly) {

        static Letters count(String text) {
            int latin = 0;
            int cyrillic = 0;
            int ukrainian = 0;
            int russian = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = Character.toLowerCase(text.charAt(i));
                if (!Character.isLetter(c)) {
                    continue;
                }
                if (UkrainianLatin.isCyrillic(c)) {
                    cyrillic++;
                    ukrainian += "іїєґ".indexOf(c) >= 0 ? 1 : 0;
                    russian += "ыэъё".indexOf(c) >= 0 ? 1 : 0;
                } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
            return new Letters(latin, cyrillic, ukrainian, russian);
        }
    }

    private static FlatLanguageModel model() {
        FlatLanguageModel local = model;
        if (local == null) {
            synchronized (LanguageDetector.class) {
                local = model;
                if (local == null) {
                    local = new FlatLanguageModel(load());
                    model = local;
                }
            }
        }
        return local;
    }

    /** OpenNLP's model, as read; only its flat copy is kept. */
    static LanguageDetectorModel load() {
        try (InputStream in = LanguageDetector.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP language model " + MODEL + " is not on the classpath");
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read OpenNLP language model " + MODEL, e);
        }
    }

    /** The model answers in ISO 639-3 ("ukr"); the platform stores ISO 639-1 ("uk") like HTML's lang. */
    private static Map<String, String> twoLetterCodes() {
        Map<String, String> codes = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            codes.put(Locale.forLanguageTag(two).getISO3Language(), two);
        }
        return Map.copyOf(codes);
    }
}
