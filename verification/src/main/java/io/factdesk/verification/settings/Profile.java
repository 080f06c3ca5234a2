package io.factdesk.verification.settings;

/**
 * How an organisation presents itself to readers.
 *
 * @param name display name (required)
 * @param url home page, optional
 * @param description a short "about us", optional
 * @param methodology how the organisation checks claims (Markdown), optional
 * @param defaultLanguage the desk's interface language when a browser asks for none Factdesk speaks ("en", "uk");
 *     null leaves it unchanged
 */
public record Profile(String name, String url, String description, String methodology, String defaultLanguage) {

    /** The languages an organisation's desk may default to. */
    public static final java.util.Set<String> LANGUAGES = java.util.Set.of("en", "uk");

    /** A profile that leaves the default language as it is. */
    public Profile(String name, String url, String description, String methodology) {
        this(name, url, description, methodology, null);
    }
}
