package io.factdesk.api.support;

import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the interface and how a request picks one: an explicit choice ({@code ?lang=uk}, remembered in
 * the {@code lang} cookie) first, then the browser's {@code Accept-Language}, then the organisation's default.
 * Adding a language is adding its code here and a {@code *_<code>.properties} file next to every bundle.
 */
public final class Languages {

    /** Interface languages, the first being the fallback when nothing else decides. */
    public static final List<String> SUPPORTED = List.of("en", "uk");

    public static final String DEFAULT = SUPPORTED.get(0);

    /** Query parameter of the language switch and of the hreflang alternates. */
    public static final String PARAMETER = "lang";

    /** Cookie that remembers an explicit choice. */
    public static final String COOKIE = "lang";

    /** Longer headers are ignored rather than parsed (browsers send a few dozen characters). */
    static final int MAX_ACCEPT_LANGUAGE = 500;

    private Languages() {
    }

    /** {@code value} as a supported code ("uk", "UK", "uk-UA" all give "uk"); empty for anything else. */
    public static Optional<String> supported(String value) {
        if (value == null || value.isBlank() || value.length() > 35) {
            return Optional.empty();
        }
        String language;
        try {
            language = new Locale.Builder().setLanguageTag(value.strip()).build().getLanguage();
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
        return SUPPORTED.contains(language) ? Optional.of(language) : Optional.empty();
    }

    /** The supported language the browser prefers most ({@code q} weights, {@code uk-UA} matching "uk"). */
    public static Optional<String> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > MAX_ACCEPT_LANGUAGE) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(Locale.lookupTag(ranges, SUPPORTED)).flatMap(Languages::supported);
    }

    /** The explicit choice, else the browser's preference; empty when neither names a supported language. */
    public static Optional<String> chosen(String parameter, String cookie, String acceptLanguage) {
        return supported(parameter).or(() -> supported(cookie)).or(() -> fromAcceptLanguage(acceptLanguage));
    }
}
