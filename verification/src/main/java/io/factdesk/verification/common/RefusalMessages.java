package io.factdesk.verification.common;

import com.ibm.icu.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The refusals of the services in words for people, in every interface language, kept in one place for both
 * channels: the pages (web's {@code RefusalTexts}) and the API's problem {@code detail}. A plain
 * {@link ResourceBundle} ({@code refusals.properties}, {@code refusals_uk.properties} next to this class) keyed by
 * {@link Refused#messageKey()}; each text is an ICU {@link MessageFormat} pattern taking {@link Refused#arguments()}
 * in order ({@code {0}}, {@code {1}}, …), with plurals by the language's CLDR rules
 * ({@code {0, plural, one{# доказ} few{# докази} many{# доказів} other{# доказу}}}).
 */
public final class RefusalMessages {

    /** The bundle's base name. */
    public static final String BUNDLE = "io.factdesk.verification.common.refusals";

    private static final ResourceBundle.Control ONLY_PROPERTIES =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private RefusalMessages() {
    }

    /** The refusal's message in {@code locale}'s language; empty when the bundle has no text for its key. */
    public static Optional<String> of(Refused refusal, Locale locale) {
        Refused.Detail detail = refusal.detail();
        return message(refusal.messageKey(), refusal.arguments(), locale)
                .map(text -> detail == null ? text : message(detail.key(), detail.arguments(), locale)
                        .map(words -> text + " " + words).orElse(text));
    }

    /** The message {@code key} with {@code arguments} in {@code locale}'s language (English when unsupported). */
    public static Optional<String> message(String key, List<?> arguments, Locale locale) {
        ResourceBundle texts = bundle(locale);
        if (key == null || !texts.containsKey(key)) {
            return Optional.empty();
        }
        return Optional.of(new MessageFormat(texts.getString(key), texts.getLocale().getLanguage().isEmpty()
                ? Locale.ENGLISH : texts.getLocale()).format(arguments.toArray()));
    }

    /**
     * The English text of {@code key} with {@code arguments}: a refusal's {@link Refused#getMessage()} when the
     * service names only the key (the bundle is then the one place its words live, in every language).
     *
     * @throws IllegalArgumentException when the bundle has no text for the key (a programming error)
     */
    public static String english(String key, List<?> arguments) {
        return message(key, arguments, Locale.ENGLISH)
                .orElseThrow(() -> new IllegalArgumentException("no refusal text for " + key));
    }

    /** The keys the bundle has texts for (the same in every language: BundleParityTest checks the files). */
    public static Set<String> keys() {
        return Collections.unmodifiableSet(bundle(Locale.ENGLISH).keySet());
    }

    private static ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, RefusalMessages.class.getClassLoader(), ONLY_PROPERTIES);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the refusals bundle " + BUNDLE + " is missing", e);
        }
    }
}
