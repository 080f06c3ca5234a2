package io.factdesk.verification.language;

import java.util.Map;

/**
 * Ukrainian Cyrillic to Latin letters by the official national transliteration table (Cabinet of Ministers of
 * Ukraine resolution No. 55 of 27 January 2010, the system used in passports): «Зеленський» becomes
 * "Zelenskyi", «Свириденко» "Svyrydenko", «Юлія» "Yuliia". Letters the table spells differently at the start of a
 * word (є, ї, й, ю, я) take their initial form there; «зг» becomes "zgh" so it is not read as «ж»; the soft sign
 * and the apostrophe are dropped. Russian-only letters that turn up in Ukrainian texts (ы, э, ъ, ё) get their
 * usual Latin letters so mixed spellings still compare. Anything that is not Cyrillic passes through unchanged.
 */
public final class UkrainianLatin {

    /** Letters spelled the same wherever they stand in a word. */
    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "h"),
            Map.entry('ґ', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ж', "zh"),
            Map.entry('з', "z"), Map.entry('и', "y"), Map.entry('і', "i"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"),
            Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"),
            Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ь', ""),
            Map.entry('ы', "y"), Map.entry('э', "e"), Map.entry('ъ', ""), Map.entry('ё', "io"));

    /** Letters with one form at the start of a word and another inside it. */
    private static final Map<Character, String[]> POSITIONAL = Map.of(
            'є', new String[] {"ye", "ie"}, 'ї', new String[] {"yi", "i"}, 'й', new String[] {"y", "i"},
            'ю', new String[] {"yu", "iu"}, 'я', new String[] {"ya", "ia"});

    private UkrainianLatin() {
    }

    /** The text with every Ukrainian letter transliterated; case follows the source letter. */
    public static String transliterate(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = Character.toLowerCase(c);
            if (isApostrophe(c) && i > 0 && isCyrillic(text.charAt(i - 1))) {
                continue;
            }
            String latin = latin(text, i, lower);
            if (latin == null) {
                out.append(c);
            } else if (Character.isUpperCase(c) && !latin.isEmpty()) {
                boolean wordInCapitals = i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1));
                out.append(wordInCapitals ? latin.toUpperCase(java.util.Locale.ROOT)
                        : Character.toUpperCase(latin.charAt(0)) + latin.substring(1));
            } else {
                out.append(latin);
            }
        }
        return out.toString();
    }

    /** True for letters of the Cyrillic script (Ukrainian, Russian and the rest). */
    public static boolean isCyrillic(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC;
    }

    private static String latin(String text, int i, char lower) {
        if (lower == 'г' && i > 0 && Character.toLowerCase(text.charAt(i - 1)) == 'з') {
            return "gh";
        }
        String[] positional = POSITIONAL.get(lower);
        if (positional != null) {
            return wordStart(text, i) ? positional[0] : positional[1];
        }
        return LETTERS.get(lower);
    }

    private static boolean wordStart(String text, int i) {
        return i == 0 || !Character.isLetter(text.charAt(i - 1)) && !isApostrophe(text.charAt(i - 1));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == '`';
    }
}
