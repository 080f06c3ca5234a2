package io.factdesk.verification.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.UnaryOperator;
import morfologik.stemming.Dictionary;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.morfologik.MorfologikFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;

/**
 * One analysis for English and Ukrainian text, so a claim written in either script finds the other: English words
 * go through Lucene's English chain (possessives, stop words, Porter stems); a Cyrillic word loses the Ukrainian
 * stop words, is reduced to its dictionary lemmas (the VESUM dictionary of {@code morfologik-ukrainian-search},
 * through Lucene's Morfologik filter: «Зеленського» becomes «зеленський»), then written in Latin letters by the
 * official table ({@link UkrainianLatin}) and stemmed like English, so «термінали» and "terminals" meet. Two
 * general rules then make spellings of one name or number compare: the endings transliteration systems vary
 * ("-yy", "-iy", "-yi", "-ii") become "-y" (Zelenskyy, Zelenskiy, Zelenskyi → Zelensky), a "y" between two
 * consonants becomes "i" (Svyrydenko and Svyridenko meet), and a decimal comma becomes a point ("1,5" → "1.5";
 * "1,500" keeps its thousands separator). Thread-safe like every Lucene analyzer.
 */
public final class CrossScriptAnalyzer extends Analyzer {

    static final CharArraySet UKRAINIAN_STOP_WORDS = ukrainianStopWords();
    private static final NormalizeCharMap APOSTROPHES_AND_STRESS = apostrophesAndStress();
    private static volatile Dictionary dictionary;

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(APOSTROPHES_AND_STRESS, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        stream = new CyrillicOnly(stream);
        stream = new Rewrite(stream, CrossScriptAnalyzer::fold);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    /** The Ukrainian dictionary, read once from its jar on the classpath (about 7 MB). */
    static Dictionary dictionary() {
        Dictionary loaded = dictionary;
        if (loaded == null) {
            synchronized (CrossScriptAnalyzer.class) {
                loaded = dictionary;
                if (loaded == null) {
                    try {
                        loaded = Dictionary.read(CrossScriptAnalyzer.class.getResource("/ua/net/nlp/ukrainian.dict"));
                    } catch (IOException e) {
                        throw new UncheckedIOException("The Ukrainian dictionary could not be read", e);
                    }
                    dictionary = loaded;
                }
            }
        }
        return loaded;
    }

    /**
     * Lucene's Ukrainian stop words, read as {@link UkrainianMorfologikAnalyzer} reads them. Not through its
     * {@code getDefaultStopwords()}: that reads the 7 MB dictionary as well, a second copy of {@link #dictionary()}
     * kept for the life of the process.
     */
    private static CharArraySet ukrainianStopWords() {
        try (InputStream in = UkrainianMorfologikAnalyzer.class.getResourceAsStream("stopwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("Lucene's Ukrainian stop words are missing from the classpath");
            }
            return CharArraySet.unmodifiableSet(WordlistLoader.getSnowballWordSet(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Lucene's Ukrainian stop words could not be read", e);
        }
    }

    private static NormalizeCharMap apostrophesAndStress() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        map.add("\u2019", "'");
        map.add("\u02BC", "'");
        map.add("\u0301", "");
        return map.build();
    }

    /** Ukrainian stop words, lemmas and Latin letters, for words written in Cyrillic only. */
    private static final class CyrillicOnly extends ConditionalTokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        CyrillicOnly(TokenStream input) {
            super(input, in -> new Rewrite(new MorfologikFilter(new StopFilter(in, UKRAINIAN_STOP_WORDS), dictionary()),
                    lemma -> UkrainianLatin.transliterate(lemma).toLowerCase(Locale.ROOT)));
        }

        @Override
        protected boolean shouldFilter() {
            for (int i = 0; i < term.length(); i++) {
                if (UkrainianLatin.isCyrillic(term.charAt(i))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Each term rewritten by a function of it (null leaves the term as it is). */
    private static final class Rewrite extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final UnaryOperator<String> rewrite;

        Rewrite(TokenStream input, UnaryOperator<String> rewrite) {
            super(input);
            this.rewrite = rewrite;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String rewritten = rewrite.apply(term.toString());
            if (rewritten != null) {
                term.setEmpty().append(rewritten);
            }
            return true;
        }
    }

    /** A term's folded spelling, or null when the rules leave it as it is (lower-case input). */
    static String fold(String word) {
        int n = word.length();
        if (n < 3) {
            return null;
        }
        if (Character.isDigit(word.charAt(0))) {
            return decimalPoint(word);
        }
        StringBuilder out = new StringBuilder(word);
        boolean changed = false;
        char last = out.charAt(n - 1);
        char beforeLast = out.charAt(n - 2);
        if ((last == 'y' || last == 'i') && (beforeLast == 'y' || beforeLast == 'i') && n > 4) {
            out.setLength(n - 2);
            out.append('y');
            changed = true;
        }
        for (int i = 1; i + 1 < out.length(); i++) {
            if (out.charAt(i) == 'y' && isConsonant(out.charAt(i - 1)) && isConsonant(out.charAt(i + 1))) {
                out.setCharAt(i, 'i');
                changed = true;
            }
        }
        return changed ? out.toString() : null;
    }

    /** "1,5" as "1.5"; a comma followed by exactly three digits separates thousands and stays. */
    private static String decimalPoint(String number) {
        int comma = number.indexOf(',');
        if (comma < 0 || number.indexOf(',', comma + 1) >= 0 || number.length() - comma - 1 == 3) {
            return null;
        }
        for (int i = 0; i < number.length(); i++) {
            if (i != comma && !Character.isDigit(number.charAt(i))) {
                return null;
            }
        }
        return number.replace(',', '.');
    }

    private static boolean isConsonant(char c) {
        return c >= 'a' && c <= 'z' && "aeiouy".indexOf(c) < 0;
    }
}
