package io.factdesk.web.support;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import io.factdesk.api.support.Languages;
import io.quarkus.qute.TemplateExtension;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CLDR plural category of a count in a language, from ICU: {@code {#when n.plural('uk')}{#is 'one'}…{#is
 * 'few'}…{#else}…{/when}} in a message. Ukrainian needs one (1, 21, 31…), few (2–4, 22–24…) and many (5–20, 25…);
 * English one and other. Each bundle file names its own language, so a message never guesses.
 */
@TemplateExtension
public final class Plurals {

    private static final Map<String, PluralRules> RULES = new ConcurrentHashMap<>();

    private Plurals() {
    }

    /** "one", "few", "many" or "other" ("zero" and "two" in languages that have them). */
    public static String plural(Number count, String language) {
        PluralRules rules = RULES.computeIfAbsent(Languages.supported(language).orElse(Languages.DEFAULT),
                code -> PluralRules.forLocale(ULocale.forLanguageTag(code)));
        return rules.select(count == null ? 0 : count.doubleValue());
    }
}
