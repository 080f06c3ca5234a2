package io.factdesk.verification.language;

import java.util.Locale;

/** Names of languages as menus show them: each in the language itself ("English", "Українська"). */
public final class LanguageNames {

    private LanguageNames() {
    }

    /** The language's name in itself, capitalised; the code itself when the JDK knows no name for it. */
    public static String of(String language) {
        Locale locale = Locale.forLanguageTag(language);
        String name = locale.getDisplayLanguage(locale);
        if (name.isEmpty() || name.equals(language)) {
            return language;
        }
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
