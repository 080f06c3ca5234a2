package io.factdesk.verification.settings;

/**
 * How an organisation presents itself to readers.
 *
 * @param name display name (required)
 * @param url home page, optional
 * @param description a short "about us", optional
 * @param methodology how the organisation checks claims (Markdown), optional
 */
public record Profile(String name, String url, String description, String methodology) {
}
