package io.factdesk.verification.workflow;

import com.google.re2j.Pattern;
import io.factdesk.verification.language.UkrainianLatin;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Readable, unique public URL slugs for verdicts: the claim's words plus its id, e.g. "zelensky-embezzled-us-aid-42".
 * Ukrainian words are written in Latin letters first (the official KMU 2010 table), so a Ukrainian claim reads in
 * its address too.
 */
public final class Slugs {

    static final int MAX_WORDS_LENGTH = 80;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("(^-+|-+$)");

    private Slugs() {
    }

    public static String of(String text, long claimId) {
        String latin = UkrainianLatin.transliterate(text == null ? "" : text);
        String decomposed = Normalizer.normalize(latin, Normalizer.Form.NFKD);
        String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).replace("'", "")
                .replace("’", "");
        String ascii = EDGE_HYPHENS.matcher(NOT_SLUG.matcher(bare).replaceAll("-")).replaceAll("");
        if (ascii.length() > MAX_WORDS_LENGTH) {
            int cut = ascii.lastIndexOf('-', MAX_WORDS_LENGTH);
            ascii = ascii.substring(0, cut > 0 ? cut : MAX_WORDS_LENGTH);
        }
        // The id keeps slugs unique however similar two claims read.
        return (ascii.isEmpty() ? "claim" : ascii) + "-" + claimId;
    }
}
