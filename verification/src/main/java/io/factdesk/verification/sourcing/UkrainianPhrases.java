package io.factdesk.verification.sourcing;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;

/**
 * The Ukrainian phrase lists behind the anonymous-source, vague-source, hedge and attribution flags: «джерело,
 * знайоме з перебігом переговорів», «на умовах анонімності», «західні дипломати вважають», «нібито», «за
 * неофіційною інформацією», «за словами Свириденко», «як повідомляє Reuters». Like the English lists they are
 * narrow on purpose (precision first). RE2's {@code \b} knows only ASCII letters, so every pattern brackets its
 * phrase with explicit non-letter edges and the flag covers the bracketed group.
 */
final class UkrainianPhrases {

    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final String START = "(?:^|[^\\p{L}\\p{N}])(";
    private static final String END = ")(?:[^\\p{L}\\p{N}]|$)";

    /** Who can be an unnamed source, in the forms a sentence uses. */
    private static final String SOURCE = "(?:джерел[оаиіу]?|джерелом|співрозмовни(?:к|ка|ки|ків|ці)|"
            + "посадов(?:ець|ця|ці|ців)|чиновни(?:к|ка|ки|ків)|дипломат(?:а|и|ів)?|людин[аи]|люди)";
    /** What a source knows: «знайоме з перебігом переговорів», «обізнаний із ситуацією». */
    private static final String KNOWING = "(?:знайом(?:е|ий|а|і|ого|ої|их)|обізнан(?:е|ий|а|і|ого|ої|их)|"
            + "поінформован(?:е|ий|а|і|ого|ої|их)|близьк(?:е|ий|а|і|ого|ої|их))";

    static final Pattern ANONYMOUS = phrases(true,
            SOURCE + ",?\\s+" + KNOWING + "\\s+(?:з|із|зі|до)\\s+[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+)?",
            "на\\s+умовах\\s+анонімності",
            "(?:як(?:е|ий|а|і))\\s+(?:попросив|попросила|попросило|попросили)\\s+не\\s+(?:називати|вказувати)\\s+"
                    + "(?:(?:його|її|їхні|їхнього|своє|свого|своїх)\\s+)?(?:імені|ім'я|ім’я|імена|імен|прізвища)",
            "(?:анонімн|неназван|поінформован)(?:е|ий|а|і|ого|ої|их|им|ими)\\s+" + SOURCE,
            "джерела\\s+(?:в|у)\\s+(?:уряді|Офісі\\s+президента|Білому\\s+домі|Пентагоні|Міноборони|"
                    + "Міністерстві\\s+оборони|Кремлі|міністерстві|адміністрації|парламенті|Верховній\\s+Раді|СБУ|ЄС|"
                    + "НАТО|Брюсселі|Вашингтоні)");

    static final Pattern VAGUE = phrases(true,
            "(?:експерти|аналітики|спостерігачі|критики|оглядачі)\\s+(?:вважають|кажуть|стверджують|попереджають|"
                    + "припускають|зазначають)",
            "деякі\\s+(?:[\\p{L}-]+\\s+)?(?:посадовці|експерти|депутати|джерела|аналітики|дипломати|чиновники|"
                    + "політики|ЗМІ|медіа)",
            "(?:західні|європейські|американські|російські|українські|урядові|військові)\\s+(?:дипломати|посадовці|"
                    + "чиновники|джерела)",
            "(?:один|одна)\\s+(?:із|з)\\s+(?:[\\p{L}-]+\\s+)?(?:дипломатів|посадовців|чиновників|депутатів|"
                    + "експертів|джерел)",
            "за\\s+(?:даними|інформацією)\\s+(?:ЗМІ|медіа|преси|джерел)",
            "(?:ЗМІ|медіа)\\s+(?:пишуть|повідомляють|писали|повідомляли)");

    static final Pattern HEDGES = phrases(true,
            "(?:нібито|начебто|буцімто|буцім|ніби|мовляв|імовірно|ймовірно|вочевидь|очевидно)",
            "за\\s+(?:неофіційною|непідтвердженою|попередньою)\\s+інформацією",
            "за\\s+(?:неофіційними|непідтвердженими|попередніми)\\s+даними",
            "за\\s+чутками",
            "джерела\\s+(?:повідомляють|стверджують|кажуть|вказують)",
            "(?:як|що)\\s+(?:стверджують|кажуть|вважається)",
            "не\\s+(?:вдалося|вдається|можна)\\s+(?:незалежно\\s+)?(?:перевірити|підтвердити)");

    /**
     * Ukrainian institutions capitalise only their first word, and the words after it are part of the name:
     * «Міністерства оборони», «Офісу президента», «Національного банку», «Генерального штабу».
     */
    private static final String INSTITUTION = "(?:Міністерств[оау]|Офіс[уі]?|Кабінет[уі]?|Верховн(?:а|ої|ій)|"
            + "Національн(?:ий|ого|а|ої)|Державн(?:ий|ого|а|ої)|Генеральн(?:ий|ого|а|ої)|Служб[аи]|Рад[аи])"
            + "(?:\\s+[\\p{Ll}'’-]+){1,2}";
    /** A name as a reader sees it: an institution, capitalised words (any script) or a title in «…» or "…". */
    private static final String NAME = "(?:" + INSTITUTION + "|[«\"„“][^»\"“”\\n]{2,40}[»\"“”]|"
            + "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})";
    private static final String OUTLET = "(?:(?:видання|агенція|агентство|газета|телеканал|портал|сайт)\\s+)?";

    /** Attributions to a named person or outlet; an unnamed one («за словами співрозмовника») is left out. */
    static final Pattern ATTRIBUTION = phrases(false,
            "(?i:за\\s+словами)\\s+" + NAME,
            "(?i:як\\s+(?:повідомляє|повідомило|повідомила|повідомили|пише|писало|писала|заявив|заявила|заявили|"
                    + "зазначив|зазначила))\\s+" + OUTLET + NAME,
            "(?i:за\\s+даними)\\s+" + OUTLET + NAME,
            "(?i:(?:сказав|сказала|заявив|заявила|повідомив|повідомила|зазначив|зазначила|наголосив|наголосила|додав|"
                    + "додала|написав|написала))\\s+" + NAME);

    private UkrainianPhrases() {
    }

    /** One pattern per kind, its phrases as alternatives, so a sentence is read once per kind. */
    private static Pattern phrases(boolean ignoreCase, String... alternatives) {
        StringBuilder joined = new StringBuilder();
        for (String alternative : alternatives) {
            joined.append(joined.isEmpty() ? "" : "|").append("(?:").append(alternative).append(')');
        }
        return Pattern.compile(START + joined + END, ignoreCase ? CI : 0);
    }

    /** Ukrainian flags for the sentence at [start, end) of text; English sentences get none. */
    static List<SourcingFlag> flag(String text, int start, int end) {
        CharSequence sentence = text.subSequence(start, end);
        List<SourcingFlag> flags = new ArrayList<>();
        if (!hasCyrillic(sentence)) {
            return flags;
        }
        add(FlagKind.ANONYMOUS_SOURCE, ANONYMOUS, sentence, text, start, flags);
        add(FlagKind.VAGUE_SOURCE, VAGUE, sentence, text, start, flags);
        add(FlagKind.HEDGE, HEDGES, sentence, text, start, flags);
        add(FlagKind.ATTRIBUTION, ATTRIBUTION, sentence, text, start, flags);
        return flags;
    }

    private static void add(FlagKind kind, Pattern pattern, CharSequence sentence, String text, int start,
            List<SourcingFlag> flags) {
        Matcher m = pattern.matcher(sentence);
        int from = 0;
        while (from <= sentence.length() && m.find(from)) {
            flags.add(SourcingFlag.at(kind, text, start + m.start(1), start + m.end(1), ""));
            from = Math.max(m.end(1), from + 1); // the closing edge may open the next phrase
        }
    }

    private static boolean hasCyrillic(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // No Cyrillic letter lies below U+0400, so English text skips the script lookup.
            if (c >= '\u0400' && Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC) {
                return true;
            }
        }
        return false;
    }
}
