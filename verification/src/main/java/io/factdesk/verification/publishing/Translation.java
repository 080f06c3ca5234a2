package io.factdesk.verification.publishing;

/**
 * A verdict in another language, linked to the one shown as its translation or as the verdict it translates.
 *
 * @param language     ISO 639-1 code of its claim's language
 * @param languageName the language's name in that language ("українська", "English")
 */
public record Translation(String slug, String language, String languageName, String headline) {
}
